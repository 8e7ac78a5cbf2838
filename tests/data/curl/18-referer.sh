curl -e https://app.example.com/campaigns http://HOST/ref
