// The AsyncAPI 3.0.0 document schema: the whole document and two of its definitions generate and compile.
def check = evaluate(new File(basedir, '../../../src/it/corpus.groovy'))
int files = check(basedir, 'com/example/asyncapi/flow', [
    'json text: a free-form object (no properties declared)': 1,
    'json text: a oneOf of objects and values': 1,
    'json text: a tuple (an array whose items have positions)': 1,
    'json text: a value of type number or string or boolean or object or array': 1,
    'no type given: typed as String (add "…")': 35,
    'oneOf branches give property "…" different types: typed as String': 5,
    'oneOf of N object schemas: generated one type with the properties of all of them, each optional (Flow has no union types)': 52,
    'patternProperties next to properties: keys that match a pattern are not in the Flow type, only the named properties are (declare the keys you need as properties)': 36,
])
assert files > 200 : "expected over two hundred generated files, found ${files}"
return true
