import torch, torchviz
torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.ReLU(), torch.nn.Linear(3, 1))
x = torch.randn(4)
out = model(x)
dot = torchviz.make_dot(out)
type(dot)
lines = dot.source.splitlines()
lines[:3]
# Statements without their ids (which are id() values in real torchviz).
[l.split(' ', 1)[1] if ' [' in l else '->' for l in dot.body]
len(dot.body)
dot.graph_attr['rankdir'] = 'LR'
dot.source.splitlines()[1]
dot.body.append('\tnote [label="made by hand"]\n')
dot.source.splitlines()[-2:]
dot.body.append(5)
dot.source
named = torchviz.make_dot(out, params=dict(model.named_parameters()))
[l.split(' ', 1)[1] for l in named.body if 'lightblue' in l]
batch = torch.randn(8, 4)
loss = ((model(batch) - 1) ** 2).mean()
g = torchviz.make_dot(loss, params=dict(model.named_parameters()))
[l.split(' ', 1)[1] for l in g.body if ' [' in l]
g.graph_attr
g.node_attr
a = torch.randn(3, requires_grad=True)
b = (a * 2).view(3, 1)
[l[l.index('['):] if '[' in l else '->' for l in torchviz.make_dot(b).body]
for i in range(30):
    a = a * 1.5 + 1
torchviz.make_dot(a).graph_attr
torchviz.make_dot(out).save('/tmp/flint_extras_torchviz.dot')
torchviz.make_dot(out, params={'w': 3})
import graphviz
d = graphviz.Digraph('G', comment='a "quoted" comment')
d.node('a b', 'x"y', color='red')
d.node('node', shape='circle')
d.edge('a:p1:n', 'b', label='l')
d.attr('node', shape='box')
d.attr(rankdir='LR')
d.node('-1.5'); d.node('.5'); d.node('<b>bold</b>')
print(d.source)
print(d)
torchviz.make_dot_from_trace(None)
u = graphviz.Graph('U', strict=True)
u.edges([('a', 'b'), ('b', 'c')])
print(u.source)
u.filename, graphviz.Digraph().filename
class Clip(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input, k):
        ctx.save_for_backward(input, k)
        return input.clamp(min=0) * k
    @staticmethod
    def backward(ctx, g):
        input, k = ctx.saved_tensors
        return g * (input > 0) * k, None

xs = torch.tensor([-1., 2., 3.], requires_grad=True)
clipped = Clip.apply(xs * 2, torch.tensor(2.))
[l[l.index('['):] if '[' in l else '->' for l in torchviz.make_dot(clipped.sum()).body]
