// Checks Webhook Studio's Standard Webhooks signatures with the reference
// implementation from npm, and signs the same messages for comparison.
// Reads {"secret": "whsec_...", "messages": [{"id", "timestamp", "body",
// "signature"}]} on standard input; prints {"results": [{"verified", "error",
// "signature"}]}.
const { Webhook } = require("standardwebhooks");

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const request = JSON.parse(input);
  const webhook = new Webhook(request.secret);
  const results = request.messages.map((message) => {
    const result = {
      signature: webhook.sign(message.id, new Date(message.timestamp * 1000), message.body),
    };
    try {
      webhook.verify(message.body, {
        "webhook-id": message.id,
        "webhook-timestamp": String(message.timestamp),
        "webhook-signature": message.signature,
      });
      result.verified = true;
    } catch (error) {
      // verify() parses the payload as JSON once the signature matched; a
      // SyntaxError therefore means "signed correctly, but not JSON".
      result.verified = error instanceof SyntaxError;
      result.error = String(error.message || error);
    }
    return result;
  });
  process.stdout.write(JSON.stringify({ results }));
});
