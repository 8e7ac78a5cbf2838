<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CurlImportDialog</name>
    <message numerus="yes">
        <source>Sends %1 %2 with %n header(s) and %3.</source>
        <translation>
            <numerusform>Sends %1 %2 with %n header and %3.</numerusform>
            <numerusform>Sends %1 %2 with %n headers and %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a body of %n character(s)</source>
        <translation>
            <numerusform>a body of %n character</numerusform>
            <numerusform>a body of %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): the next would start after the total timeout of %1.</source>
        <translation>
            <numerusform>Gave up after %n attempt: the next would start after the total timeout of %1.</numerusform>
            <numerusform>Gave up after %n attempts: the next would start after the total timeout of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryBurst</name>
    <message numerus="yes">
        <source>%n delivery(s)</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliverySchedule</name>
    <message numerus="yes">
        <source>Up to %n attempt(s): %1; each may take %2; gives up after %3.</source>
        <translation>
            <numerusform>Up to %n attempt: %1; each may take %2; gives up after %3.</numerusform>
            <numerusform>Up to %n attempts: %1; each may take %2; gives up after %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The total timeout leaves no room for the last %n retry(s).</source>
        <translation>
            <numerusform>The total timeout leaves no room for the last %n retry.</numerusform>
            <numerusform>The total timeout leaves no room for the last %n retries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventSampleDialog</name>
    <message numerus="yes">
        <source>%n field(s) to map.</source>
        <translation>
            <numerusform>%n field to map.</numerusform>
            <numerusform>%n fields to map.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>export: %n schema(s) written to %1.</source>
        <translation>
            <numerusform>export: %n schema written to %1.</numerusform>
            <numerusform>export: %n schemas written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Not exported: the campaign has %n error(s). Fix them (Problems panel, F8), or export a draft that production tools will refuse.</source>
        <translation>
            <numerusform>Not exported: the campaign has %n error. Fix them (Problems panel, F8), or export a draft that production tools will refuse.</numerusform>
            <numerusform>Not exported: the campaign has %n errors. Fix them (Problems panel, F8), or export a draft that production tools will refuse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A draft with %n error(s), marked &quot;draft&quot;: true: production tools refuse it until they are fixed.</source>
        <translation>
            <numerusform>A draft with %n error, marked &quot;draft&quot;: true: production tools refuse it until they are fixed.</numerusform>
            <numerusform>A draft with %n errors, marked &quot;draft&quot;: true: production tools refuse it until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n webhook(s), checked against production.schema.json. No sample data, no window state, no secret values.</source>
        <translation>
            <numerusform>Ready: %n webhook, checked against production.schema.json. No sample data, no window state, no secret values.</numerusform>
            <numerusform>Ready: %n webhooks, checked against production.schema.json. No sample data, no window state, no secret values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n curl command(s) for a POSIX shell, each sending the same bytes as Webhook Studio with the sample data (signed now, when the webhook signs).</source>
        <translation>
            <numerusform>%n curl command for a POSIX shell, each sending the same bytes as Webhook Studio with the sample data (signed now, when the webhook signs).</numerusform>
            <numerusform>%n curl commands for a POSIX shell, each sending the same bytes as Webhook Studio with the sample data (signed now, when the webhook signs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A Postman Collection v2.1 with %n request(s), one per webhook and event, rendered with the sample data. Postman and newman run it. Saving also writes the Postman environment &quot;%1&quot; beside it.</source>
        <translation>
            <numerusform>A Postman Collection v2.1 with %n request, one per webhook and event, rendered with the sample data. Postman and newman run it. Saving also writes the Postman environment &quot;%1&quot; beside it.</numerusform>
            <numerusform>A Postman Collection v2.1 with %n requests, one per webhook and event, rendered with the sample data. Postman and newman run it. Saving also writes the Postman environment &quot;%1&quot; beside it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An OpenAPI 3.1 contract for the team that builds the endpoint: %n webhook request(s), one per webhook and event, each with its headers, the JSON Schema of its body and the sample as example. Save as .json for JSON.</source>
        <translation>
            <numerusform>An OpenAPI 3.1 contract for the team that builds the endpoint: %n webhook request, one per webhook and event, each with its headers, the JSON Schema of its body and the sample as example. Save as .json for JSON.</numerusform>
            <numerusform>An OpenAPI 3.1 contract for the team that builds the endpoint: %n webhook requests, one per webhook and event, each with its headers, the JSON Schema of its body and the sample as example. Save as .json for JSON.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n delivery(s) shown; the history keeps the newest %1.</source>
        <translation>
            <numerusform>%n delivery shown; the history keeps the newest %1.</numerusform>
            <numerusform>%n deliveries shown; the history keeps the newest %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n delivery(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete all %n delivery from the history? This cannot be undone.</numerusform>
            <numerusform>Delete all %n deliveries from the history? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message numerus="yes">
        <source>Too short: %n character(s).</source>
        <translation>
            <numerusform>Too short: %n character.</numerusform>
            <numerusform>Too short: %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: %n character(s).</source>
        <translation>
            <numerusform>Too long: %n character.</numerusform>
            <numerusform>Too long: %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too few items: %n.</source>
        <translation>
            <numerusform>Too few items: %n.</numerusform>
            <numerusform>Too few items: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many items: %n.</source>
        <translation>
            <numerusform>Too many items: %n.</numerusform>
            <numerusform>Too many items: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsController</name>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveCommand</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n request(s).</source>
        <translation>
            <numerusform>Stopped after %n request.</numerusform>
            <numerusform>Stopped after %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverPanel</name>
    <message numerus="yes">
        <source>%n request(s) received</source>
        <translation>
            <numerusform>%n request received</numerusform>
            <numerusform>%n requests received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleDataDialog</name>
    <message numerus="yes">
        <source>%n field(s) to map</source>
        <translation>
            <numerusform>%n field to map</numerusform>
            <numerusform>%n fields to map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message numerus="yes">
        <source>&quot;%1&quot; uses %n secret(s) that have no value in this session or the environment:</source>
        <translation>
            <numerusform>&quot;%1&quot; uses %n secret that have no value in this session or the environment:</numerusform>
            <numerusform>&quot;%1&quot; uses %n secrets that have no value in this session or the environment:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message numerus="yes">
        <source>Not delivered after %n attempt(s), %1: %2</source>
        <translation>
            <numerusform>Not delivered after %n attempt, %1: %2</numerusform>
            <numerusform>Not delivered after %n attempts, %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>%n file(s) checked: </source>
        <translation>
            <numerusform>%n file checked: </numerusform>
            <numerusform>%n files checked: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n error, </numerusform>
            <numerusform>%n errors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
</context>
</TS>
