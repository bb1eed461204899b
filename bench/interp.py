# The interpreter alone: a recursive fib(27) and a 3-million-step loop with += and %.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(27))
total = 0
for i in range(3000000):
    total += i % 7
print(total)
