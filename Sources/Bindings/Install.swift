import Script

public func installBindings(_ interp: Interpreter) {}
