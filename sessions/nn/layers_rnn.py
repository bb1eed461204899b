import torch
import torch.nn as nn
torch.manual_seed(0)
rnn = nn.RNN(3, 4, batch_first=True)
rnn
[(name, tuple(p.shape)) for name, p in rnn.named_parameters()]
rnn.weight_hh_l0
x = torch.randn(2, 5, 3)
out, h = rnn(x)
out.shape, h.shape
out[0]
out.grad_fn, h.grad_fn
torch.allclose(out[:, -1], h[0])
lstm = nn.LSTM(3, 5, num_layers=2)
lstm
list(lstm.state_dict().keys())
out, (h, c) = lstm(x.transpose(0, 1))
out.shape, h.shape, c.shape
out.grad_fn
h[1]
c.sum().backward()
lstm.bias_hh_l1.grad
gru = nn.GRU(3, 2, batch_first=True, bias=False)
gru
h0 = torch.ones(1, 2, 2)
out, h = gru(x, h0)
out
h
nn.RNN(4, 3, nonlinearity="relu")(torch.randn(6, 4))[0].shape
lstm(torch.randn(4, 7))
lstm(torch.randn(1, 2, 3, 4))
gru(x, torch.zeros(2, 2))
nn.RNN(3, 4, nonlinearity="sigmoid")
torch.manual_seed(0)
seq = torch.linspace(0, 6, 40).sin()
inputs, targets = seq[:-1].reshape(1, -1, 1), seq[1:].reshape(1, -1, 1)
class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 8, batch_first=True)
        self.head = nn.Linear(8, 1)
    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out)

model = Forecaster()
model
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for step in range(30):
    loss = nn.functional.mse_loss(model(inputs), targets)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 5 == 0:
        print(f"step {step}: loss {loss.item():.4f}")

