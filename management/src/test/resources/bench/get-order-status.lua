-- wrk script: one Get Order Status message action per request to the example jar, as the platform sends it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"configurationValues":[{"developerName":"API Key","contentType":"ContentPassword","contentValue":"demo-key"}],
"inputs":[{"developerName":"orderId","contentType":"ContentString","contentValue":"0000123"}]}]]
