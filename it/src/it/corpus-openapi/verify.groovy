// The OpenAPI 3.0 (draft-04) and 3.1 (2020-12) document schemas generate and compile.
def check = evaluate(new File(basedir, '../../../src/it/corpus.groovy'))
int files = check(basedir, 'com/example/openapi/flow', [
    'a map with several key patterns: its values are typed after the first, "…"': 1,
    'allOf combines named properties with a map of other keys (additionalProperties or patternProperties at src/main/flow/profiles/openapi-N.N.schema.json:N:N (/$defs/specification-extensions)): the Flow type keeps the named properties; the other keys are not carried (declare the ones you need as properties)': 10,
    'json text: a oneOf of lists and objects': 23,
    'json text: a oneOf of lists and objects and values': 1,
    'json text: a value of type object or boolean': 1,
    'json text: an array of arrays': 2,
    'json text: property "…" that oneOf branches define as a string value and as an object': 1,
    'no type given: typed as String (add "…")': 10,
    'oneOf branches give property "…" different types: typed as String': 3,
    'oneOf of N object schemas: generated one type with the properties of all of them, each optional (Flow has no union types)': 4,
    'patternProperties next to properties: keys that match a pattern are not in the Flow type, only the named properties are (declare the keys you need as properties)': 30,
])
assert files > 80 : "expected over eighty generated files, found ${files}"
return true
