// The project's own tests ran against the generated code, and passed.
String log = new File(basedir, 'build.log').text
assert log.contains('flowkit: generated 1 service into target/generated-sources/flowkit') : 'no generation in build.log'
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.orders.OrdersServiceTest.xml')
assert report.isFile() : 'the project tests did not run'
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() >= 8
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0
return true
