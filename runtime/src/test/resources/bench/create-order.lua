-- wrk script: one Create Order message action per request, as the platform sends it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"token":"t","tenantId":"tenant","stateId":"s","callbackUri":null,
"configurationValues":[{"developerName":"API Key","contentType":"ContentPassword","contentValue":"k"},
{"developerName":"Region","contentType":"ContentString","contentValue":"eu"}],
"inputs":[{"developerName":"customerName","contentType":"ContentString","contentValue":"Ann"},
{"developerName":"express","contentType":"ContentBoolean","contentValue":"false"},
{"developerName":"address","contentType":"ContentObject","objectData":[{"developerName":"Create Order REQUEST - address",
"properties":[{"developerName":"street","contentType":"ContentString","contentValue":"1 Main St"},
{"developerName":"city","contentType":"ContentString","contentValue":"Springfield"}]}]},
{"developerName":"lines","contentType":"ContentList","objectData":[{"developerName":"Create Order REQUEST - lines",
"properties":[{"developerName":"sku","contentType":"ContentString","contentValue":"A-1"},
{"developerName":"quantity","contentType":"ContentNumber","contentValue":"2"},
{"developerName":"price","contentType":"ContentNumber","contentValue":"10.25"}]}]}]}]]
