curl "http://HOST/dq" -H "Authorization: Bearer sk_live_51H" -d "{\"quote\":\"say \\\"hi\\\"\",\"cost\":\"\$5\"}" -H "Content-Type: application/json"
