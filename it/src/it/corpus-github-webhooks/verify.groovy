// GitHub's webhook payload schemas: 13 actions over 344 draft-07 definitions generate and compile.
def check = evaluate(new File(basedir, '../../../src/it/corpus.groovy'))
int files = check(basedir, 'com/example/github/flow', [
    'json text: a free-form object (no properties declared)': 1,
    'json text: a oneOf of lists and values': 1,
    'oneOf of N object schemas: generated one type with the properties of all of them, each optional (Flow has no union types)': 1,
    'oneOf of values of different types: typed as String (Flow has no union types)': 2,
])
assert files > 600 : "expected over six hundred generated files, found ${files}"
File flow = new File(basedir, 'target/generated-sources/flowkit/com/example/github/flow')
// allOf refinements (issue 8): "closed" narrows the issue's state to an enum of one value, and a
// plain string closed_at keeps the base's date-time
String issue = new File(flow, 'OnIssuesClosedRequestIssue.java').text
assert issue.contains('OnIssuesClosedRequestIssueState state')
assert issue.contains('OffsetDateTime closedAt')
String state = new File(flow, 'OnIssuesClosedRequestIssueState.java').text
assert state.contains('CLOSED(') && !state.contains('OPEN(')
return true
