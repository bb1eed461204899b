// The builtin types as PyClass objects, so type(), isinstance() and method lookup are uniform.

func builtinType(_ name: String, base: PyClass = ObjectClass) -> PyClass { PyClass(builtinType: name, bases: [base]) }

public let IntType = builtinType("int")
public let BoolType = builtinType("bool", base: IntType)
public let FloatType = builtinType("float")
public let StrType = builtinType("str")
public let ListType = builtinType("list")
public let TupleType = builtinType("tuple")
public let DictType = builtinType("dict")
public let SetType = builtinType("set")
public let FrozenSetType = builtinType("frozenset")
public let NoneType = builtinType("NoneType")
public let FunctionType = builtinType("function")
public let BuiltinFunctionType = builtinType("builtin_function_or_method")
public let MethodType = builtinType("method")
public let TypeType = builtinType("type")
public let ModuleType = builtinType("module")
public let SliceType = builtinType("slice")
public let RangeType = builtinType("range")
public let IteratorType = builtinType("iterator")
public let PropertyType = builtinType("property")
public let StaticMethodType = builtinType("staticmethod")
public let ClassMethodType = builtinType("classmethod")
public let SuperType = builtinType("super")
public let EllipsisType = builtinType("ellipsis")
public let NotImplementedType = builtinType("NotImplementedType")

/// The class of a value.
public func typeOf(_ v: Value) -> PyClass {
    switch v {
    case .none: return NoneType
    case .bool: return BoolType
    case .int, .bigInt: return IntType
    case .float: return FloatType
    case .str: return StrType
    case .list: return ListType
    case .tuple: return TupleType
    case .dict: return DictType
    case .set(let s): return s.frozen ? FrozenSetType : SetType
    case .function: return FunctionType
    case .builtin: return BuiltinFunctionType
    case .boundMethod: return MethodType
    case .cls: return TypeType
    case .instance(let i): return i.cls
    case .module: return ModuleType
    case .slice: return SliceType
    case .range: return RangeType
    case .iterator(let it): return it.generator == nil ? IteratorType : GeneratorType
    case .property: return PropertyType
    case .staticMethod: return StaticMethodType
    case .classMethod: return ClassMethodType
    case .superObject: return SuperType
    case .ellipsis: return EllipsisType
    case .notImplemented: return NotImplementedType
    }
}

/// The type name used in error messages ('int', 'list', 'MyClass').
public func typeName(_ v: Value) -> String {
    if case .iterator(let it) = v { return it.typeName }
    return typeOf(v).messageName
}
