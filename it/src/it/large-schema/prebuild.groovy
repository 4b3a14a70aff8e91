// Writes the large schema this IT compiles: the shape of io.flowkit.benchmarks.LargeSchemaProject
// (the generator benchmark's input). 300 object definitions in a tree, each node referring to one
// child as an object and one as a list, every 25th node back to the root (recursion), shared
// definitions in a second file, enums, allOf, nullable unions, unions of objects, maps and arrays
// of scalars.
import groovy.json.JsonOutput

int nodes = 300
def name = { int i -> String.format(Locale.ROOT, 'node%03d', i) }
def definition = { int i -> String.format(Locale.ROOT, 'Node%03d', i) }
def ref = { String target -> [$ref: target] }
def nodeRef = { int i -> ref('#/$defs/' + definition(i)) }

def defs = [:]
defs.Base = [type: 'object', required: ['id'], properties: [
    id: [type: 'string', description: "The record's identifier, unique across every kind of node."],
    created: [type: 'string', format: 'date-time', description: 'When the record was created, with its offset.']]]
defs.Status = [type: 'string', description: 'Where a node is in its life cycle.',
    enum: ['new', 'open', 'on-hold', 'closed', 're-opened']]
(0..<nodes).each { int i ->
  def p = [:]
  p.name = [type: 'string', description: "The display name of node ${i}, as users see it in lists.".toString()]
  p.quantity = [type: 'integer', description: "How many items node ${i} stands for; never negative.".toString()]
  p.ratio = [type: 'number']
  p.active = [type: 'boolean']
  p.due = [type: 'string', format: 'date', description: "The day node ${i} is due, without a time.".toString()]
  p.updated = [description: "When node ${i} last changed; absent if never.".toString(), type: ['string', 'null'], format: 'date-time']
  p.note = [description: 'A free-text note, or null.', anyOf: [[type: 'string'], [type: 'null']]]
  p.status = ref('#/$defs/Status')
  p.price = ref('common.schema.json#/definitions/Money')
  p.shipTo = ref('common.schema.json#/definitions/Address')
  p.tags = [type: 'array', description: 'Free tags: an array of scalars, wrapped for Flow.', items: [type: 'string']]
  p.attributes = [type: 'object', description: 'Extra attributes by name: a map.', additionalProperties: [type: 'string']]
  if (i % 50 == 0) {
    p.contact = [description: "How to reach the owner of node ${i}: a phone or an e-mail address.".toString(),
        oneOf: [ref('common.schema.json#/definitions/Phone'), ref('common.schema.json#/definitions/Email')]]
  }
  int left = 2 * i + 1
  int right = 2 * i + 2
  if (left < nodes) {
    p[name(left)] = nodeRef(left)
  }
  if (right < nodes) {
    p[name(right)] = [type: 'array', description: "The children of kind ${right}.".toString(), items: nodeRef(right)]
  }
  if (i > 0 && i % 25 == 0) {
    p[name(0)] = nodeRef(0)
  }
  defs[definition(i)] = [
      description: "Node ${i} of the synchronisation tree, with a shared address and price.".toString(),
      allOf: [ref('#/$defs/Base'), [type: 'object', required: ['name'], properties: p]]]
}
def large = [
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Everything to synchronise',
    type: 'object',
    required: [name(0)],
    properties: [(name(0)): nodeRef(0)],
    $defs: defs]

def common = [
    $schema: 'http://json-schema.org/draft-07/schema#',
    definitions: [
        Address: [type: 'object', description: 'A postal address.', properties: [
            street: [type: 'string', description: 'Street and number.'],
            city: [type: 'string', description: 'The city.'],
            postcode: [type: 'string', description: 'The postal code, as written locally.'],
            country: [type: 'string', description: 'ISO 3166 country code.', enum: ['DE', 'FR', 'GB', 'NL', 'US']]]],
        Money: [type: 'object', description: 'An amount in a currency.', properties: [
            amount: [type: 'number', description: 'The amount, exact.'],
            currency: [type: 'string', description: 'ISO 4217 currency code.', enum: ['EUR', 'GBP', 'USD']]]],
        Phone: [type: 'object', description: 'A phone number.', properties: [
            number: [type: 'string', description: 'The number, with country prefix.'],
            mobile: [type: 'boolean', description: 'Whether it reaches a mobile phone.']]],
        Email: [type: 'object', description: 'An e-mail address.', properties: [
            address: [type: 'string', format: 'email', description: 'The address.'],
            verified: [type: 'boolean', description: 'Whether the owner confirmed it.']]]]]

def descriptor = [
    name: 'Large', path: '/fs/large', summary: 'A service with one very large request profile.',
    messageActions: [[name: 'Sync Everything',
        request: [schema: 'profiles/large.schema.json'],
        response: [sample: 'profiles/sync-response.json']]]]
def response = [summary: [synchronised: 42, finishedAt: '2026-01-01T10:00:00Z', complete: true]]

File flow = new File(basedir, 'src/main/flow')
File profiles = new File(flow, 'profiles')
profiles.mkdirs()
new File(profiles, 'large.schema.json').text = JsonOutput.prettyPrint(JsonOutput.toJson(large))
new File(profiles, 'common.schema.json').text = JsonOutput.prettyPrint(JsonOutput.toJson(common))
new File(profiles, 'sync-response.json').text = JsonOutput.prettyPrint(JsonOutput.toJson(response))
new File(flow, 'large.flow.json').text = JsonOutput.prettyPrint(JsonOutput.toJson(descriptor))
println "prebuild: wrote a schema with ${defs.size()} definitions"
return true
