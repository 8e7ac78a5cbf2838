curl -A 'CampaignBot/2.0 (+https://example.com/bot)' http://HOST/ua
