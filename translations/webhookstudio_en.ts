<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>MainWindow</name>
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
    <name>SendCommand</name>
    <message numerus="yes">
        <source>%n delivery(s)</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
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
