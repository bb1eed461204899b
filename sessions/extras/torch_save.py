import torch
ckpt = torch.load('sessions/extras/fixtures/torch_made.pt')
sorted(ckpt)
ckpt['model']['weight']
ckpt['column']
ckpt['column'].stride()
ckpt['epoch'], ckpt['losses']
ckpt['steps'], ckpt['mask'], ckpt['scale']
flint_ckpt = torch.load('sessions/extras/fixtures/flint_made.pt', weights_only=True)
all(torch.equal(ckpt['model'][k], flint_ckpt['model'][k]) for k in ckpt['model'])
flint_ckpt['steps'], flint_ckpt['mask'], flint_ckpt['column'], flint_ckpt['losses']
model = torch.nn.Linear(3, 2)
_ = model.load_state_dict(ckpt['model'])
model.weight
torch.save(model.state_dict(), '/tmp/flint_extras_linear.pt')
back = torch.load('/tmp/flint_extras_linear.pt')
list(back.keys())
torch.equal(back['weight'], model.weight), back['weight'].requires_grad
torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)
torch.save([x, torch.arange(6).view(2, 3).t(), (1, 'two', None, 2.5, -2**40)], '/tmp/flint_extras_list.pt')
torch.load('/tmp/flint_extras_list.pt')
torch.save(model.weight, '/tmp/flint_extras_param.pt')
torch.load('/tmp/flint_extras_param.pt')
torch.save({'size': x.shape, 'dtype': torch.float64}, '/tmp/flint_extras_misc.pt')
torch.load('/tmp/flint_extras_misc.pt')
torch.load('/tmp/flint_extras_missing.pt')
torch.load('sessions/extras/fixtures/torch_made.pt', map_location=torch.device('cpu'))['epoch']
torch.load('sessions/extras/fixtures/torch_made.pt', map_location='cuda:0')
