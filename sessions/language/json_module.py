# The json module: dumps/loads with CPython's text and error messages; str methods' start/end.
import json
cfg = {"lr": 0.001, "layers": [64, 32], "name": "mlp", "dropout": None, "ok": True, "ratio": 1e-05, "big": 10**20}
json.dumps(cfg)
print(json.dumps(cfg, indent=2, sort_keys=True))
print(json.dumps([1, [2, {"a": []}], {}], indent="\t"))
json.dumps("héllo \"q\" \\ \n\t\x01 😀"), json.dumps("héllo", ensure_ascii=False)
json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps((1, 2)), json.dumps(float("nan")), json.dumps(float("-inf"))
json.dumps({"a": 1, "b": 2}, separators=(",", ":"))
json.loads(json.dumps(cfg)) == cfg, json.loads('{"a": [1, 2.5, -3e2, "x\\u00e9\\n"], "b": null, "c": true}')
json.loads("  [1, 2]  "), json.loads('"\\ud83d\\ude00"'), json.loads("NaN"), json.loads("-0"), json.loads("1E3")
json.dumps({"x": set()}, default=list), json.loads('{"a": 1}', object_hook=lambda d: sorted(d))
for bad in ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '1 2', '"abc', '{1: 2}', '"\\x"', '[1 2]', 'tru', '\n\n  {"a": }']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e, e.pos, e.lineno, e.colno)

json.loads("[1, 2")
json.dumps({"s": {1, 2}})
json.dumps({(1, 2): 3})
json.dumps(float("inf"), allow_nan=False)
loop = [1]
loop.append(loop)
json.dumps(loop)
class Record(dict):
    pass

json.dumps(Record(a=1)), issubclass(json.JSONDecodeError, ValueError)
"abcdef".startswith("cd", 2), "abcdef".startswith("cd", 2, 3), "abcdef".endswith("de", 0, 5), "abc".startswith("", 5)
s = "a-b-c-d"
s.find("-", 2), s.rfind("-", 0, 4), s.index("c", -3), s.count("-", 2), s.count("-", 2, 4), s.find("-", 10), s.find("", 7)
s.rindex("z", 1)
