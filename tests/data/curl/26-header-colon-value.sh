curl http://HOST/h -H 'X-Time: 2026-11-27T14:06:24Z' -H 'X-Url: https://example.com:8443/a?b=c'
