// Every problem of the build is reported, once, as path:line:col relative to the project, in file
// order, before the build fails; nothing is generated.
List<String> log = new File(basedir, 'build.log').readLines()
List<String> problems = log.findAll { it ==~ /\[(ERROR|WARNING)\] src\/main\/flow\/.*/ }
assert problems == [
    '[ERROR] src/main/flow/profiles/place-order-response.json:3:15: error: an empty array: the type of its items is unknown (add an example item) (at /warnings)',
    '[ERROR] src/main/flow/profiles/place-order.schema.json:5:5: error: malformed JSON: Unexpected character (\'"\' (code 34)): was expecting comma to separate Object entries',
    '[ERROR] src/main/flow/shop.flow.json:15:13: error: id "sku" is not an entry of the profile of Product (entries: code, name, price) (at /dataActions/0/id)',
]
assert log.any { it.contains('flowkit: 3 errors in descriptors and profiles (see above)') } : 'no failure summary'
assert !new File(basedir, 'target/generated-sources/flowkit').exists()
// A failed first build leaves no state that could make the next one skip.
assert !new File(basedir, 'target/flowkit/default/generate.state').exists()
return true
