curl -X POST http://HOST/xml -H 'Content-Type: application/xml' -d '<call id="1"/>'
