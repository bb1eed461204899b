# traceback.format_exc/format_exception/format_exception_only and sys.exc_info.
import traceback, sys
def f():
    return 1 / 0
try:
    f()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(sys.exc_info()[0], repr(sys.exc_info()[1]))
print(text.splitlines()[0], text.splitlines()[-1], text.endswith("\n"))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(lines[0], lines[-1], "".join(lines).count("Traceback"), traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, None)[-1], end="")
print(repr(traceback.format_exc()), sys.exc_info())
print(traceback.format_exception_only(KeyError("x")), traceback.format_exception(ValueError("never raised")))
