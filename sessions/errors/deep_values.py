# Very deep nested values are built and dropped without exhausting the stack.
x = ()
for i in range(200000):
    x = (x,)

x = None
y = []
for i in range(200000):
    y = [y]

y = None
print("still here")
