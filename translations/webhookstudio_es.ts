<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutBox</name>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>memory only (%1)</source>
        <translation>solo en memoria (%1)</translation>
    </message>
    <message>
        <source>About Webhook Studio</source>
        <translation>Acerca de Webhook Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Webhook Studio %1&lt;/h3&gt;&lt;p&gt;Design, test and export the webhooks of AI voice-calling campaigns.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Webhook Studio %1&lt;/h3&gt;&lt;p&gt;Diseñe, pruebe y exporte los webhooks de campañas de llamadas con IA.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2, on %3 (%4).&lt;/p&gt;&lt;p&gt;Data and history: %5&lt;br&gt;Settings: %6&lt;br&gt;Secrets: %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;Compilado con Qt %1, ejecutándose con Qt %2 en %3 (%4).&lt;/p&gt;&lt;p&gt;Datos e historial: %5&lt;br&gt;Configuración: %6&lt;br&gt;Secretos: %7&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>No se puede escribir &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2.</source>
        <translation>No se puede guardar &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptListModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
</context>
<context>
    <name>BurstDialog</name>
    <message>
        <source>Send a Burst</source>
        <translation>Enviar una ráfaga</translation>
    </message>
    <message>
        <source>&amp;Deliveries:</source>
        <translation>&amp;Entregas:</translation>
    </message>
    <message>
        <source>&amp;At once:</source>
        <translation>&amp;Simultáneas:</translation>
    </message>
    <message>
        <source>How many deliveries may be in flight at the same time</source>
        <translation>Cuántas entregas pueden estar en curso al mismo tiempo</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Send %1 with &quot;%2&quot; many times, each a new event with its own id, to see how the endpoint holds up. Bursts are summed up here and not kept in the history.</source>
        <translation>Envía %1 con &quot;%2&quot; muchas veces, cada una como un evento nuevo con su propio id, para ver cómo responde el endpoint. Las ráfagas se resumen aquí y no se guardan en el historial.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se ha enviado nada: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Success rate %1 %.</source>
        <translation>Tasa de éxito: %1 %.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>CampaignController</name>
    <message>
        <source>&amp;Sample Data…</source>
        <translation>Datos de &amp;ejemplo…</translation>
    </message>
    <message>
        <source>The values previews and test sends use</source>
        <translation>Los valores que usan las vistas previas y los envíos de prueba</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>Edit Sample Data</source>
        <translation>Editar datos de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>&amp;Entornos…</translation>
    </message>
    <message>
        <source>The environments (Local, Staging, Production) and their variables</source>
        <translation>Los entornos (Local, Staging, Production) y sus variables</translation>
    </message>
    <message>
        <source>Use Own Sample of %1</source>
        <translation>Usar muestra propia de %1</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Campaign and Data Model</source>
        <translation>Campaña y modelo de datos</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>&amp;Nombre de la campaña:</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Campaign description</source>
        <translation>Descripción de la campaña</translation>
    </message>
    <message>
        <source>&amp;Contact Fields</source>
        <translation>Campos de &amp;contacto</translation>
    </message>
    <message>
        <source>&amp;Agent Outcomes</source>
        <translation>&amp;Resultados del agente</translation>
    </message>
    <message>
        <source>D&amp;ynamic Variables</source>
        <translation>&amp;Variables dinámicas</translation>
    </message>
    <message>
        <source>&amp;Post-Call Outcomes</source>
        <translation>Resultados &amp;posteriores a la llamada</translation>
    </message>
    <message>
        <source>&amp;Environments</source>
        <translation>&amp;Entornos</translation>
    </message>
</context>
<context>
    <name>CampaignSession</name>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: webhook-studio-cli COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Uso: webhook-studio-cli COMANDO [OPCIONES] [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Design, test and export the webhooks of AI voice-calling campaigns, headless.</source>
        <translation>Diseña, prueba y exporta los webhooks de campañas de llamadas de voz con IA, sin interfaz gráfica.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Run &quot;webhook-studio-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Ejecute &quot;webhook-studio-cli COMANDO --help&quot; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Run &quot;webhook-studio-cli %1 --help&quot; for usage.</source>
        <translation>Ejecute &quot;webhook-studio-cli %1 --help&quot; para ver el uso.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>The campaign environment {{variables}} resolve from (default: its first).</source>
        <translation>El entorno de la campaña del que se resuelven las {{variables}} (por defecto: el primero).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>%1: --environment: the campaign has no environments.</source>
        <translation>%1: --environment: la campaña no tiene entornos.</translation>
    </message>
    <message>
        <source>%1: --environment: the campaign has no environment &quot;%2&quot;; it has %3.</source>
        <translation>%1: --environment: la campaña no tiene ningún entorno &quot;%2&quot;; tiene %3.</translation>
    </message>
</context>
<context>
    <name>CurlExport</name>
    <message>
        <source>No webhook fires on the chosen event, so there is no command to export.</source>
        <translation>Ningún webhook se dispara con el evento elegido, así que no hay ningún comando que exportar.</translation>
    </message>
</context>
<context>
    <name>CurlImportDialog</name>
    <message>
        <source>Import a cURL Command</source>
        <translation>Importar un comando cURL</translation>
    </message>
    <message>
        <source>Paste a curl command, as copied from a terminal, documentation or a browser&apos;s developer tools (bash or cmd style). It becomes a new webhook that sends the same request.</source>
        <translation>Pegue un comando curl tal como se copia de un terminal, de la documentación o de las herramientas para desarrolladores de un navegador (estilo bash o cmd). Se convertirá en un webhook nuevo que envía la misma solicitud.</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>Comando curl</translation>
    </message>
    <message>
        <source>curl -X POST https://api.example.com/hooks -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;ok&quot;: true}&apos;</source>
        <translation>curl -X POST https://api.example.com/hooks -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;ok&quot;: true}&apos;</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problemas de importación</translation>
    </message>
    <message>
        <source>&amp;Add Webhook</source>
        <translation>&amp;Añadir webhook</translation>
    </message>
    <message numerus="yes">
        <source>Sends %1 %2 with %n header(s) and %3.</source>
        <translation>
            <numerusform>Envía %1 %2 con %n cabecera y %3.</numerusform>
            <numerusform>Envía %1 %2 con %n cabeceras y %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>no body</source>
        <translation>sin cuerpo</translation>
    </message>
    <message numerus="yes">
        <source>a body of %n character(s)</source>
        <translation>
            <numerusform>un cuerpo de %n carácter</numerusform>
            <numerusform>un cuerpo de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>This command cannot be imported:</source>
        <translation>Este comando no se puede importar:</translation>
    </message>
</context>
<context>
    <name>CurlImporter</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>%1 is not known here and was ignored.</source>
        <translation>%1 no se reconoce aquí y se ha ignorado.</translation>
    </message>
    <message>
        <source>Webhooks send GET, POST, PUT or DELETE; this HEAD request was imported as GET.</source>
        <translation>Los webhooks envían GET, POST, PUT o DELETE; esta solicitud HEAD se ha importado como GET.</translation>
    </message>
    <message>
        <source>%1 %2 names a cookie file, which was not read.</source>
        <translation>%1 %2 indica un archivo de cookies, que no se ha leído.</translation>
    </message>
    <message>
        <source>Webhooks never follow redirects: an answer of 3xx counts as a failed attempt.</source>
        <translation>Los webhooks nunca siguen redirecciones: una respuesta 3xx cuenta como intento fallido.</translation>
    </message>
    <message>
        <source>Multipart forms (%1) cannot be imported: a webhook sends a JSON, form-encoded or text body.</source>
        <translation>Los formularios multipart (%1) no se pueden importar: un webhook envía un cuerpo JSON, codificado como formulario o de texto.</translation>
    </message>
    <message>
        <source>%1 changes how curl connects and was ignored: webhooks are sent with the app&apos;s own network settings.</source>
        <translation>%1 cambia la forma en que se conecta curl y se ha ignorado: los webhooks se envían con la configuración de red de la propia aplicación.</translation>
    </message>
    <message>
        <source>%1 %2 reads a file (or standard input), which cannot be imported; paste its content instead.</source>
        <translation>%1 %2 lee un archivo (o la entrada estándar), lo que no se puede importar; pegue su contenido en su lugar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header: expected Name: value.</source>
        <translation>&quot;%1&quot; no es una cabecera: se esperaba Nombre: valor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>&quot;%1&quot; no es un nombre de cabecera válido.</translation>
    </message>
    <message>
        <source>%1 gives no password (curl would ask for one); an empty password was imported.</source>
        <translation>%1 no indica ninguna contraseña (curl la pediría); se ha importado una contraseña vacía.</translation>
    </message>
    <message>
        <source>%1 %2 is not a number of seconds.</source>
        <translation>%1 %2 no es un número de segundos.</translation>
    </message>
    <message>
        <source>%1 %2 is outside the %3 to %4 seconds an attempt may take; the nearest was used.</source>
        <translation>%1 %2 está fuera del intervalo de %3 a %4 segundos que puede durar un intento; se ha usado el valor más cercano.</translation>
    </message>
    <message>
        <source>%1 %2 is not a number of retries.</source>
        <translation>%1 %2 no es un número de reintentos.</translation>
    </message>
    <message>
        <source>Only the first URL was imported; %1 was left out.</source>
        <translation>Solo se ha importado la primera URL; se ha omitido %1.</translation>
    </message>
    <message>
        <source>Webhooks send GET, POST, PUT or DELETE; %1 cannot be imported.</source>
        <translation>Los webhooks envían GET, POST, PUT o DELETE; %1 no se puede importar.</translation>
    </message>
    <message>
        <source>The command has no URL.</source>
        <translation>El comando no tiene URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>&quot;%1&quot; no es una URL http:// o https://.</translation>
    </message>
    <message>
        <source>Imported webhook</source>
        <translation>Webhook importado</translation>
    </message>
    <message>
        <source>A webhook with a body always sends a Content-Type; this one sends text/plain.</source>
        <translation>Un webhook con cuerpo siempre envía un Content-Type; este envía text/plain.</translation>
    </message>
    <message>
        <source>A webhook&apos;s attempt timeout covers connecting and the whole answer; it was set to the connect timeout of %1 s.</source>
        <translation>El tiempo de espera por intento de un webhook abarca la conexión y toda la respuesta; se ha establecido en el tiempo de espera de conexión de %1 s.</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (en el carácter %2)</translation>
    </message>
    <message>
        <source>This is not a curl command: it starts with &quot;%1&quot;.</source>
        <translation>Esto no es un comando curl: empieza por &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>DataSourceCatalog</name>
    <message>
        <source>Default Value</source>
        <translation>Valor predeterminado</translation>
    </message>
    <message>
        <source>A fixed text. Left empty, the variable&apos;s own name is used.</source>
        <translation>Un texto fijo. Si se deja vacío, se usa el nombre de la propia variable.</translation>
    </message>
    <message>
        <source>Contact Field</source>
        <translation>Campo de contacto</translation>
    </message>
    <message>
        <source>Information about the person called, as the campaign&apos;s contact list holds it.</source>
        <translation>Información sobre la persona llamada, tal como figura en la lista de contactos de la campaña.</translation>
    </message>
    <message>
        <source>Agent Outcome Field</source>
        <translation>Campo de resultado del agente</translation>
    </message>
    <message>
        <source>What the AI agent determined during the call.</source>
        <translation>Lo que el agente de IA determinó durante la llamada.</translation>
    </message>
    <message>
        <source>Call Log Field</source>
        <translation>Campo del registro de llamada</translation>
    </message>
    <message>
        <source>Metadata of the call: ids, numbers, duration, status, summary, recording, transcript, sentiment.</source>
        <translation>Metadatos de la llamada: identificadores, números, duración, estado, resumen, grabación, transcripción y sentimiento.</translation>
    </message>
    <message>
        <source>Dynamic Variable</source>
        <translation>Variable dinámica</translation>
    </message>
    <message>
        <source>Per-call variables the campaign passes to the agent.</source>
        <translation>Variables por llamada que la campaña pasa al agente.</translation>
    </message>
    <message>
        <source>Post-Call Outcome</source>
        <translation>Resultado posterior a la llamada</translation>
    </message>
    <message>
        <source>Results extracted from the call after it ended.</source>
        <translation>Resultados extraídos de la llamada una vez finalizada.</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Marca de tiempo</translation>
    </message>
    <message>
        <source>The time of the delivery or of the call&apos;s milestones.</source>
        <translation>La hora de la entrega o de los hitos de la llamada.</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Unique id of the call.</source>
        <translation>Identificador único de la llamada.</translation>
    </message>
    <message>
        <source>Call SID</source>
        <translation>SID de llamada</translation>
    </message>
    <message>
        <source>The telephony provider&apos;s id of the call.</source>
        <translation>El identificador de la llamada en el proveedor de telefonía.</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de empresa</translation>
    </message>
    <message>
        <source>The account that owns the campaign.</source>
        <translation>La cuenta propietaria de la campaña.</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>ID de campaña</translation>
    </message>
    <message>
        <source>The campaign that placed the call.</source>
        <translation>La campaña que realizó la llamada.</translation>
    </message>
    <message>
        <source>AI Agent ID</source>
        <translation>ID del agente de IA</translation>
    </message>
    <message>
        <source>The AI agent that spoke.</source>
        <translation>El agente de IA que habló.</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <source>The contact that was called.</source>
        <translation>El contacto al que se llamó.</translation>
    </message>
    <message>
        <source>Call From</source>
        <translation>Número de origen</translation>
    </message>
    <message>
        <source>The calling number, in E.164 format.</source>
        <translation>El número que llama, en formato E.164.</translation>
    </message>
    <message>
        <source>Call To</source>
        <translation>Número de destino</translation>
    </message>
    <message>
        <source>The called number, in E.164 format.</source>
        <translation>El número llamado, en formato E.164.</translation>
    </message>
    <message>
        <source>Call Duration</source>
        <translation>Duración de la llamada</translation>
    </message>
    <message>
        <source>Seconds from answer to hang-up; 0 for a call that never connected.</source>
        <translation>Segundos desde que se contesta hasta que se cuelga; 0 si la llamada nunca se conectó.</translation>
    </message>
    <message>
        <source>Call Status</source>
        <translation>Estado de la llamada</translation>
    </message>
    <message>
        <source>Call Direction</source>
        <translation>Dirección de la llamada</translation>
    </message>
    <message>
        <source>outbound or inbound.</source>
        <translation>outbound o inbound.</translation>
    </message>
    <message>
        <source>Call Rating</source>
        <translation>Valoración de la llamada</translation>
    </message>
    <message>
        <source>The call&apos;s quality rating from 1 to 5.</source>
        <translation>La valoración de calidad de la llamada, de 1 a 5.</translation>
    </message>
    <message>
        <source>Call Summary</source>
        <translation>Resumen de la llamada</translation>
    </message>
    <message>
        <source>A short summary of the conversation.</source>
        <translation>Un breve resumen de la conversación.</translation>
    </message>
    <message>
        <source>Recording URL</source>
        <translation>URL de la grabación</translation>
    </message>
    <message>
        <source>Where the call&apos;s audio recording can be downloaded.</source>
        <translation>Dónde se puede descargar la grabación de audio de la llamada.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>The conversation, one turn a line, each starting with its speaker.</source>
        <translation>La conversación, un turno por línea, cada uno precedido de quien habla.</translation>
    </message>
    <message>
        <source>Sentiment Analysis</source>
        <translation>Análisis de sentimiento</translation>
    </message>
    <message>
        <source>The caller&apos;s overall sentiment: positive, neutral, negative or unknown.</source>
        <translation>El sentimiento general del interlocutor: positive, neutral, negative o unknown.</translation>
    </message>
    <message>
        <source>Agent Task Status</source>
        <translation>Estado de la tarea del agente</translation>
    </message>
    <message>
        <source>Whether the agent completed its task: completed, partial or failed.</source>
        <translation>Si el agente completó su tarea: completed, partial o failed.</translation>
    </message>
    <message>
        <source>Agent Task Feedback</source>
        <translation>Comentarios del agente sobre la tarea</translation>
    </message>
    <message>
        <source>The agent&apos;s own account of how the task went.</source>
        <translation>La valoración del propio agente sobre cómo fue la tarea.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>When the call was queued (ISO-8601, UTC).</source>
        <translation>Cuándo se puso la llamada en cola (ISO-8601, UTC).</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>When the callee answered (ISO-8601, UTC).</source>
        <translation>Cuándo contestó el destinatario (ISO-8601, UTC).</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>When the call ended (ISO-8601, UTC).</source>
        <translation>Cuándo terminó la llamada (ISO-8601, UTC).</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Hora de entrega</translation>
    </message>
    <message>
        <source>When the delivery is made (ISO-8601, UTC).</source>
        <translation>Cuándo se realiza la entrega (ISO-8601, UTC).</translation>
    </message>
    <message>
        <source>Delivery time (Unix seconds)</source>
        <translation>Hora de entrega (segundos Unix)</translation>
    </message>
    <message>
        <source>When the delivery is made, in seconds since 1970.</source>
        <translation>Cuándo se realiza la entrega, en segundos desde 1970.</translation>
    </message>
    <message>
        <source>Delivery time (Unix milliseconds)</source>
        <translation>Hora de entrega (milisegundos Unix)</translation>
    </message>
    <message>
        <source>When the delivery is made, in milliseconds since 1970.</source>
        <translation>Cuándo se realiza la entrega, en milisegundos desde 1970.</translation>
    </message>
    <message>
        <source>Call created</source>
        <translation>Llamada creada</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Llamada iniciada</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Llamada finalizada</translation>
    </message>
    <message>
        <source>Environment Variable</source>
        <translation>Variable de entorno</translation>
    </message>
    <message>
        <source>A value of the chosen environment (Local, Staging, Production), such as its base URL or token.</source>
        <translation>Un valor del entorno elegido (Local, Staging, Production), como su URL base o su token.</translation>
    </message>
    <message>
        <source>As Twilio spells it: queued, ringing, in-progress, completed, busy, failed, no-answer or canceled.</source>
        <translation>Con la grafía de Twilio: queued, ringing, in-progress, completed, busy, failed, no-answer o canceled.</translation>
    </message>
    <message>
        <source>Answered By</source>
        <translation>Atendida por</translation>
    </message>
    <message>
        <source>Who picked up, as answering-machine detection decided: human, machine, machine_end_beep (after the beep) or unknown.</source>
        <translation>Quién contestó, según la detección de contestador: human, machine, machine_end_beep (tras el pitido) o unknown.</translation>
    </message>
    <message>
        <source>End Reason</source>
        <translation>Motivo de finalización</translation>
    </message>
    <message>
        <source>Who ended the call and why: user_hangup, agent_hangup, voicemail_reached, max_duration_reached, call_transfer, no_answer or error.</source>
        <translation>Quién terminó la llamada y por qué: user_hangup, agent_hangup, voicemail_reached, max_duration_reached, call_transfer, no_answer o error.</translation>
    </message>
    <message>
        <source>Call Cost</source>
        <translation>Coste de la llamada</translation>
    </message>
    <message>
        <source>What the call cost (telephony, speech and model), in the call&apos;s currency.</source>
        <translation>Lo que costó la llamada (telefonía, voz y modelo), en la moneda de la llamada.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the cost&apos;s currency.</source>
        <translation>El código ISO 4217 de la moneda del coste.</translation>
    </message>
    <message>
        <source>Response Latency (median)</source>
        <translation>Latencia de respuesta (mediana)</translation>
    </message>
    <message>
        <source>Milliseconds from the end of the caller&apos;s speech to the agent&apos;s first audio, median over the call.</source>
        <translation>Milisegundos desde que la persona llamada deja de hablar hasta el primer audio del agente, mediana de la llamada.</translation>
    </message>
    <message>
        <source>Response Latency (90th percentile)</source>
        <translation>Latencia de respuesta (percentil 90)</translation>
    </message>
    <message>
        <source>The same, at the 90th percentile: the slow answers.</source>
        <translation>Lo mismo en el percentil 90: las respuestas lentas.</translation>
    </message>
    <message>
        <source>Transcript Turns</source>
        <translation>Turnos de la transcripción</translation>
    </message>
    <message>
        <source>The conversation as a list of turns: role (agent or user), text, and start_seconds and end_seconds from the answer.</source>
        <translation>La conversación como lista de turnos: role (agent o user), text, y start_seconds y end_seconds desde la respuesta.</translation>
    </message>
    <message>
        <source>Event Payload Field</source>
        <translation>Campo del payload del evento</translation>
    </message>
    <message>
        <source>A field of an event body you brought as that event&apos;s sample (Campaign › Sample Data › Own Payloads), by its JSON path.</source>
        <translation>Un campo de un cuerpo de evento que aportó como muestra de ese evento (Campaña › Datos de ejemplo › Payloads propios), por su ruta JSON.</translation>
    </message>
</context>
<context>
    <name>DataSourceModel</name>
    <message>
        <source>Literal value</source>
        <translation>Valor literal</translation>
    </message>
    <message>
        <source>A fixed text you type in the mapping table.</source>
        <translation>Un texto fijo que se escribe en la tabla de asignaciones.</translation>
    </message>
    <message>
        <source>Empty on %1. %2</source>
        <translation>Vacío en %1. %2</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>In your own sample of %1.</source>
        <translation>En su muestra propia de %1.</translation>
    </message>
    <message>
        <source>Only your own sample of %1 has it.</source>
        <translation>Solo su muestra propia de %1 lo tiene.</translation>
    </message>
</context>
<context>
    <name>DataSourcePanel</name>
    <message>
        <source>&amp;Fields — drag one onto the URL, a header or the body</source>
        <translation>&amp;Campos: arrastre uno a la URL, a una cabecera o al cuerpo</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Filtrar campos</translation>
    </message>
    <message>
        <source>Data sources and fields</source>
        <translation>Fuentes de datos y campos</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>Gave up: the total timeout of %1 passed.</source>
        <translation>Abandonada: se ha superado el tiempo de espera total de %1.</translation>
    </message>
    <message>
        <source>The response body is larger than the cap of %1 bytes; it was cut off there.</source>
        <translation>El cuerpo de la respuesta supera el límite de %1 bytes; se ha cortado en ese punto.</translation>
    </message>
    <message>
        <source>Stopped after %1: the total timeout of %2 was reached.</source>
        <translation>Detenida tras %1: se ha alcanzado el tiempo de espera total de %2.</translation>
    </message>
    <message>
        <source>No complete response within the attempt timeout of %1.</source>
        <translation>No se ha recibido una respuesta completa dentro del tiempo de espera por intento de %1.</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing listens there.</source>
        <translation>%1 ha rechazado la conexión: no hay nada escuchando en esa dirección.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>No se ha encontrado el host %1.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1.</source>
        <translation>Ha fallado la negociación TLS: %1.</translation>
    </message>
    <message>
        <source>TLS certificate errors: %1.</source>
        <translation>Errores de certificado TLS: %1.</translation>
    </message>
    <message>
        <source>Network error: %1.</source>
        <translation>Error de red: %1.</translation>
    </message>
    <message>
        <source>All %1 attempts failed; the last: %2</source>
        <translation>Han fallado los %1 intentos; el último: %2</translation>
    </message>
    <message>
        <source>backoff</source>
        <translation>espera entre intentos</translation>
    </message>
    <message>
        <source>The server asked to retry after %1, which is past the total timeout of %2.</source>
        <translation>El servidor ha pedido reintentar después de %1, lo que supera el tiempo de espera total de %2.</translation>
    </message>
    <message>
        <source>Retry-After</source>
        <translation>Retry-After</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): the next would start after the total timeout of %1.</source>
        <translation>
            <numerusform>Abandonada tras %n intento: el siguiente empezaría después de agotarse el tiempo de espera total de %1.</numerusform>
            <numerusform>Abandonada tras %n intentos: el siguiente empezaría después de agotarse el tiempo de espera total de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The compressed body ended early: its last part never arrived.</source>
        <translation>El cuerpo comprimido terminó antes de tiempo: su última parte nunca llegó.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1. The client certificate offered: %2.</source>
        <translation>La negociación TLS falló: %1. Certificado de cliente ofrecido: %2.</translation>
    </message>
    <message>
        <source>%1 The server&apos;s certificate: %2.</source>
        <translation>%1 Certificado del servidor: %2.</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>Event to send</source>
        <translation>Evento que enviar</translation>
    </message>
    <message>
        <source>The event a test send renders (the preview shows it)</source>
        <translation>El evento con el que se genera un envío de prueba (se muestra en la vista previa)</translation>
    </message>
    <message>
        <source>Nothing Was Sent</source>
        <translation>No se envió nada</translation>
    </message>
    <message>
        <source>The request cannot be sent yet:</source>
        <translation>La solicitud aún no se puede enviar:</translation>
    </message>
    <message>
        <source>This delivery cannot be sent again: its request was not kept.</source>
        <translation>Esta entrega no se puede volver a enviar: no se conservó su solicitud.</translation>
    </message>
    <message>
        <source>Sending %1 with &quot;%2&quot;…</source>
        <translation>Enviando %1 con &quot;%2&quot;…</translation>
    </message>
    <message>
        <source>Delivered %1 on attempt %2 after %3.</source>
        <translation>%1 entregado en el intento %2 tras %3.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>No entregado: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryBurst</name>
    <message numerus="yes">
        <source>%n delivery(s)</source>
        <translation>
            <numerusform>%n entrega</numerusform>
            <numerusform>%n entregas</numerusform>
        </translation>
    </message>
    <message>
        <source>with concurrency %1 in %2 (%3 per second): %4 delivered, %5 failed.</source>
        <translation>con concurrencia %1 en %2 (%3 por segundo): %4 entregadas, %5 fallidas.</translation>
    </message>
    <message>
        <source>Latency: p50 %1, p90 %2, p99 %3, max %4.</source>
        <translation>Latencia: p50 %1, p90 %2, p99 %3, máx. %4.</translation>
    </message>
</context>
<context>
    <name>DeliveryController</name>
    <message>
        <source>A delivery is still running; cancel it or wait for it to finish.</source>
        <translation>Todavía hay una entrega en curso; cancélela o espere a que termine.</translation>
    </message>
    <message>
        <source>The TLS files of the environment &quot;%1&quot;: %2</source>
        <translation>Los archivos TLS del entorno &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>DeliveryHistory</name>
    <message>
        <source>There is no place to keep the history</source>
        <translation>No hay ningún lugar donde guardar el historial</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed</source>
        <translation>El controlador SQLite de Qt no está instalado</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>%1 is not a history database</source>
        <translation>%1 no es una base de datos de historial</translation>
    </message>
    <message>
        <source>%1 was written by a newer Webhook Studio (history version %2)</source>
        <translation>%1 se escribió con una versión más reciente de Webhook Studio (versión del historial %2)</translation>
    </message>
    <message>
        <source>Cannot prepare %1</source>
        <translation>No se puede preparar %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Cannot store the delivery</source>
        <translation>No se puede guardar la entrega</translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation>No se puede leer el historial</translation>
    </message>
    <message>
        <source>Delivery %1 is no longer in the history</source>
        <translation>La entrega %1 ya no está en el historial</translation>
    </message>
    <message>
        <source>Delivery %1 in the history cannot be read</source>
        <translation>No se puede leer la entrega %1 del historial</translation>
    </message>
    <message>
        <source>Cannot trim the history</source>
        <translation>No se puede recortar el historial</translation>
    </message>
    <message>
        <source>Cannot clear the history</source>
        <translation>No se puede vaciar el historial</translation>
    </message>
</context>
<context>
    <name>DeliveryJson</name>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
</context>
<context>
    <name>DeliveryPreparer</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>&quot;%1&quot; no es una URL http:// o https:// con host.</translation>
    </message>
    <message>
        <source>The value of the secret &quot;%1&quot; header was not kept; store it as a ${NAME} reference to send this request again.</source>
        <translation>No se ha conservado el valor de la cabecera secreta &quot;%1&quot;; guárdelo como referencia ${NAME} para volver a enviar esta solicitud.</translation>
    </message>
    <message>
        <source>The secret %1 of the &quot;%2&quot; header has no value (%3); the reference is sent as it is.</source>
        <translation>El secreto %1 de la cabecera &quot;%2&quot; no tiene valor (%3); la referencia se envía tal cual.</translation>
    </message>
    <message>
        <source>The signing secret was not kept; store it as a ${NAME} reference to send this request again.</source>
        <translation>No se ha conservado el secreto de firma; guárdelo como referencia ${NAME} para volver a enviar esta solicitud.</translation>
    </message>
    <message>
        <source>The signing secret %1 has no value: %2.</source>
        <translation>El secreto de firma %1 no tiene valor: %2.</translation>
    </message>
    <message>
        <source>The signing secret is not usable: %1</source>
        <translation>No se puede usar el secreto de firma: %1</translation>
    </message>
</context>
<context>
    <name>DeliverySchedule</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n attempt(s): %1; each may take %2; gives up after %3.</source>
        <translation>
            <numerusform>Hasta %n intento: %1; puede durar %2; se abandona tras %3.</numerusform>
            <numerusform>Hasta %n intentos: %1; cada uno puede durar %2; se abandona tras %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The total timeout leaves no room for the last %n retry(s).</source>
        <translation>
            <numerusform>El tiempo de espera total no deja margen para el último reintento.</numerusform>
            <numerusform>El tiempo de espera total no deja margen para los últimos %n reintentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Webhook Studio campaigns (*.webhooks.json);;JSON files (*.json);;All files (*)</source>
        <translation>Campañas de Webhook Studio (*.webhooks.json);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Unsaved work from an earlier session could not be read; it is kept in %1.</source>
        <translation>No se pudo leer el trabajo sin guardar de una sesión anterior; se conserva en %1.</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to &quot;%1&quot;. Save to keep them.</source>
        <translation>Se recuperaron los cambios sin guardar de &quot;%1&quot;. Guarde para conservarlos.</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to &quot;%1&quot;; the earlier copy is kept, as a new one could not be written: %2</source>
        <translation>Se recuperaron los cambios sin guardar de &quot;%1&quot;; se conserva la copia anterior, porque no se pudo escribir una nueva: %2</translation>
    </message>
    <message>
        <source>Save Campaign</source>
        <translation>Guardar campaña</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved.</source>
        <translation>&quot;%1&quot; tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>¿Desea guardarlos antes de continuar?</translation>
    </message>
    <message>
        <source>Cannot Open Campaign</source>
        <translation>No se puede abrir la campaña</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened. The current campaign is unchanged.</source>
        <translation>No se pudo abrir &quot;%1&quot;. La campaña actual no ha cambiado.</translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation>Abrir campaña</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar menú</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>El archivo no es un JSON válido: %1 en la línea %2, columna %3.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a campaign file.</source>
        <translation>&quot;%1&quot; es una carpeta, no un archivo de campaña.</translation>
    </message>
    <message>
        <source>The file is %1; campaign files over %2 are refused.</source>
        <translation>El archivo ocupa %1; se rechazan los archivos de campaña de más de %2.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>No se puede abrir el archivo: %1.</translation>
    </message>
    <message>
        <source>The file is larger than %1; campaign files that large are refused.</source>
        <translation>El archivo ocupa más de %1; se rechazan los archivos de campaña tan grandes.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file must hold a JSON object; it holds %1.</source>
        <translation>El archivo debe contener un objeto JSON; contiene %1.</translation>
    </message>
    <message>
        <source>This is not a Webhook Studio campaign: format is &quot;%1&quot;, expected &quot;%2&quot;.</source>
        <translation>Esto no es una campaña de Webhook Studio: el formato es &quot;%1&quot; y se esperaba &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Required field is missing (expected the format version, %1).</source>
        <translation>Falta un campo obligatorio (se esperaba la versión del formato, %1).</translation>
    </message>
    <message>
        <source>This file was made by a newer Webhook Studio (format version %1; this version reads up to %2). Update Webhook Studio to open it.</source>
        <translation>Este archivo se creó con una versión más reciente de Webhook Studio (versión de formato %1; esta versión lee hasta la %2). Actualice Webhook Studio para abrirlo.</translation>
    </message>
    <message>
        <source>Format version %1 does not exist; versions start at 1.</source>
        <translation>La versión de formato %1 no existe; las versiones empiezan en 1.</translation>
    </message>
    <message>
        <source>a status code or &quot;2xx&quot;</source>
        <translation>un código de estado o &quot;2xx&quot;</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>This value looks like a secret; it is replaced by %1: save the campaign to remove it from the file.</source>
        <translation>Este valor parece un secreto; se sustituye por %1: guarde la campaña para quitarlo del archivo.</translation>
    </message>
</context>
<context>
    <name>DocumentValidator</name>
    <message>
        <source>The campaign has no name.</source>
        <translation>La campaña no tiene nombre.</translation>
    </message>
    <message>
        <source>The campaign has %1 webhooks; at most %2 are supported.</source>
        <translation>La campaña tiene %1 webhooks; se admiten como máximo %2.</translation>
    </message>
    <message>
        <source>The field has no name.</source>
        <translation>El campo no tiene nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name: use letters, digits and underscores, starting with a letter or underscore.</source>
        <translation>&quot;%1&quot; no es un nombre de campo válido: use letras, dígitos y guiones bajos, empezando por una letra o un guion bajo.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is declared twice.</source>
        <translation>El campo &quot;%1&quot; está declarado dos veces.</translation>
    </message>
    <message>
        <source>The sample value of &quot;%1&quot; is not a %2.</source>
        <translation>El valor de ejemplo de &quot;%1&quot; no es de tipo %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a call-log field; its sample value is never used.</source>
        <translation>&quot;%1&quot; no es un campo del registro de llamada; su valor de ejemplo no se usa nunca.</translation>
    </message>
    <message>
        <source>The webhook has no name.</source>
        <translation>El webhook no tiene nombre.</translation>
    </message>
    <message>
        <source>Another webhook is already named &quot;%1&quot;; names must be unique.</source>
        <translation>Ya hay otro webhook llamado &quot;%1&quot;; los nombres deben ser únicos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; no es un id válido: use letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Another webhook already has the id &quot;%1&quot;.</source>
        <translation>Ya hay otro webhook con el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No event is selected, so this webhook never fires.</source>
        <translation>No hay ningún evento seleccionado, así que este webhook no se dispara nunca.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event; known events are: %2.</source>
        <translation>&quot;%1&quot; no es un evento; los eventos conocidos son: %2.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is listed twice.</source>
        <translation>El evento &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>La URL está vacía.</translation>
    </message>
    <message>
        <source>The URL contains white space or a control character; encode it (a space is %20).</source>
        <translation>La URL contiene espacios en blanco o un carácter de control; codifíquelos (un espacio es %20).</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>La URL debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The URL scheme &quot;%1&quot; is not supported; use http:// or https://.</source>
        <translation>El esquema de URL &quot;%1&quot; no es compatible; use http:// o https://.</translation>
    </message>
    <message>
        <source>The URL has no host.</source>
        <translation>La URL no tiene host.</translation>
    </message>
    <message>
        <source>The URL is malformed: %1.</source>
        <translation>La URL está mal formada: %1.</translation>
    </message>
    <message>
        <source>The header has no name.</source>
        <translation>La cabecera no tiene nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~ only, without spaces or colons.</source>
        <translation>&quot;%1&quot; no es un nombre de cabecera válido: use solo letras, dígitos y !#$%&amp;&apos;*+-.^_`|~, sin espacios ni dos puntos.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is sent more than once.</source>
        <translation>La cabecera &quot;%1&quot; se envía más de una vez.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; contains %2 at position %3; header values must stay on one line.</source>
        <translation>El valor de &quot;%1&quot; contiene %2 en la posición %3; los valores de cabecera deben ocupar una sola línea.</translation>
    </message>
    <message>
        <source>The secret value of &quot;%1&quot; is held in plain text; it is saved as a ${NAME} reference, never as the value itself.</source>
        <translation>El valor secreto de &quot;%1&quot; está en texto plano; se guarda como referencia ${NAME}, nunca como el propio valor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a credential; mark it secret so it stays out of saved files and exports.</source>
        <translation>&quot;%1&quot; parece una credencial; márquela como secreta para que no aparezca en los archivos guardados ni en las exportaciones.</translation>
    </message>
    <message>
        <source>A %1 request normally has no body; many servers and proxies drop it.</source>
        <translation>Una solicitud %1 normalmente no lleva cuerpo; muchos servidores y proxies lo descartan.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2; it is %3.</source>
        <translation>El tiempo de espera debe estar entre %1 y %2; es de %3.</translation>
    </message>
    <message>
        <source>The total timeout must be between %1 and %2; it is %3.</source>
        <translation>El tiempo de espera total debe estar entre %1 y %2; es de %3.</translation>
    </message>
    <message>
        <source>The total timeout (%1) is shorter than one attempt&apos;s timeout (%2); an attempt could never use its full time.</source>
        <translation>El tiempo de espera total (%1) es menor que el tiempo de espera de un intento (%2); un intento nunca podría agotar todo su tiempo.</translation>
    </message>
    <message>
        <source>The retry limit must be between %1 and %2; it is %3.</source>
        <translation>El límite de reintentos debe estar entre %1 y %2; es de %3.</translation>
    </message>
    <message>
        <source>A first attempt that times out leaves no time for a retry within the total timeout of %1; raise the total timeout or lower the attempt timeout.</source>
        <translation>Si el primer intento agota su tiempo de espera, no queda tiempo para un reintento dentro del tiempo de espera total de %1; aumente el tiempo de espera total o reduzca el tiempo de espera por intento.</translation>
    </message>
    <message>
        <source>TLS certificate errors are ignored for this webhook; anyone on the network path can read and change its requests.</source>
        <translation>Se ignoran los errores de certificado TLS en este webhook; cualquiera en la ruta de red puede leer y modificar sus solicitudes.</translation>
    </message>
    <message>
        <source>The first retry delay must be between 0 s and %1.</source>
        <translation>La espera antes del primer reintento debe estar entre 0 s y %1.</translation>
    </message>
    <message>
        <source>The backoff multiplier must be between %1 and %2; it is %3.</source>
        <translation>El multiplicador de la espera entre intentos debe estar entre %1 y %2; es de %3.</translation>
    </message>
    <message>
        <source>The longest retry delay must be between 0 s and %1.</source>
        <translation>La espera máxima entre reintentos debe estar entre 0 s y %1.</translation>
    </message>
    <message>
        <source>The longest retry delay (%1) is shorter than the first one (%2), so every wait is %1.</source>
        <translation>La espera máxima entre reintentos (%1) es menor que la primera (%2), así que todas las esperas son de %1.</translation>
    </message>
    <message>
        <source>The jitter is a fraction between 0 and 1; it is %1.</source>
        <translation>La variación aleatoria (jitter) es una fracción entre 0 y 1; es de %1.</translation>
    </message>
    <message>
        <source>%1 is not an HTTP status code; use a code from 100 to 599, or &quot;2xx&quot;.</source>
        <translation>%1 no es un código de estado HTTP; use un código de 100 a 599, o &quot;2xx&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name: start with a letter or underscore, then letters, digits, underscores or dots.</source>
        <translation>&quot;%1&quot; no es un nombre de variable válido: empiece por una letra o un guion bajo, seguido de letras, dígitos, guiones bajos o puntos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in variable and cannot be mapped.</source>
        <translation>&quot;%1&quot; es una variable integrada y no se puede asignar.</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is mapped twice.</source>
        <translation>La variable &quot;%1&quot; está asignada dos veces.</translation>
    </message>
    <message>
        <source>Choose a %1 for &quot;%2&quot;.</source>
        <translation>Elija %1 para &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; maps to the %2 &quot;%3&quot;, which the campaign does not declare.</source>
        <translation>&quot;%1&quot; se asigna a &quot;%3&quot; (%2), que la campaña no declara.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; maps to the %2 &quot;%3&quot;, which does not exist.</source>
        <translation>&quot;%1&quot; se asigna a &quot;%3&quot; (%2), que no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty on %2: %3</source>
        <translation>&quot;%1&quot; está vacío en %2: %3</translation>
    </message>
    <message>
        <source>Signing needs a secret: a ${NAME} reference to a whsec_ key.</source>
        <translation>Para firmar se necesita un secreto: una referencia ${NAME} a una clave whsec_.</translation>
    </message>
    <message>
        <source>The signing secret is held in plain text; it is saved as a ${NAME} reference, never as the value itself.</source>
        <translation>El secreto de firma está en texto plano; se guarda como referencia ${NAME}, nunca como el propio valor.</translation>
    </message>
    <message>
        <source>The environment has no name.</source>
        <translation>El entorno no tiene nombre.</translation>
    </message>
    <message>
        <source>There are two environments named &quot;%1&quot;.</source>
        <translation>Hay dos entornos llamados &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; lacks &quot;%2&quot;, which &quot;%3&quot; defines; a webhook that uses it fails there.</source>
        <translation>Al entorno &quot;%1&quot; le falta &quot;%2&quot;, que &quot;%3&quot; define; un webhook que lo use falla ahí.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in variable; an environment cannot define it.</source>
        <translation>&quot;%1&quot; es una variable integrada; un entorno no puede definirla.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice in the environment &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; está definida dos veces en el entorno &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of &quot;%2&quot; is held in plain text until the campaign is saved; then it goes to the keychain and the file keeps a ${NAME} reference.</source>
        <translation>El secreto &quot;%1&quot; de &quot;%2&quot; está en texto plano hasta que se guarde la campaña; entonces va al llavero y el archivo guarda una referencia ${NAME}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event; run &quot;webhook-studio-cli events&quot; for the list.</source>
        <translation>«%1» no es un evento; ejecute «webhook-studio-cli events» para ver la lista.</translation>
    </message>
    <message>
        <source>%1 already has an own sample; an event has at most one.</source>
        <translation>%1 ya tiene una muestra propia; un evento tiene como máximo una.</translation>
    </message>
    <message>
        <source>only another event&apos;s own sample has it.</source>
        <translation>solo la muestra propia de otro evento lo tiene.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>EnvironmentEditor</name>
    <message>
        <source>Each environment gives values to the same variables: {{base_url}} in a URL, header or body resolves from the environment chosen in the toolbar. A value may use {{local_receiver}}. Secrets stay in the system keychain, one per environment.</source>
        <translation>Cada entorno da valores a las mismas variables: {{base_url}} en una URL, una cabecera o un cuerpo se resuelve desde el entorno elegido en la barra de herramientas. Un valor puede usar {{local_receiver}}. Los secretos quedan en el llavero del sistema, uno por entorno.</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Entornos</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add an environment with the variables of the selected one, values empty</source>
        <translation>Añadir un entorno con las variables del seleccionado, con valores vacíos</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicar</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Qui&amp;tar</translation>
    </message>
    <message>
        <source>Variables of the environment</source>
        <translation>Variables del entorno</translation>
    </message>
    <message>
        <source>Add &amp;Variable</source>
        <translation>Añadir &amp;variable</translation>
    </message>
    <message>
        <source>&amp;Remove Variable</source>
        <translation>&amp;Quitar variable</translation>
    </message>
    <message>
        <source>HTTPS in this environment</source>
        <translation>HTTPS en este entorno</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Paquete de CA:</translation>
    </message>
    <message>
        <source>PEM file of CAs to trust beside the system&apos;s (an internal CA); relative to the campaign file</source>
        <translation>Archivo PEM de CA en las que confiar además de las del sistema (una CA interna); relativo al archivo de la campaña</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificado de cliente:</translation>
    </message>
    <message>
        <source>For servers that ask for one (mutual TLS): PEM, with its key unless one is given below, or PKCS#12 (.p12, .pfx)</source>
        <translation>Para los servidores que lo pidan (TLS mutuo): PEM, con su clave salvo que se indique una abajo, o PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;lave de cliente:</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM key, when it is not in the certificate&apos;s file</source>
        <translation>La clave PEM del certificado, si no está en el archivo del certificado</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Of the key or the PKCS#12 file; kept in the system keychain</source>
        <translation>De la clave o del archivo PKCS#12; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Nuevo entorno</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>copia de %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Claves (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Kept in the system keychain; type to replace it</source>
        <translation>Guardada en el llavero del sistema; escriba para reemplazarla</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Elegir un archivo</translation>
    </message>
</context>
<context>
    <name>EnvironmentInliner</name>
    <message>
        <source>A secret of the environment &quot;%1&quot; stands here; secrets can only stand in header values.</source>
        <translation>Aquí hay un secreto del entorno &quot;%1&quot;; los secretos solo pueden ir en valores de cabecera.</translation>
    </message>
    <message>
        <source>{{%1}} is not defined in the environment &quot;%2&quot;, so the exported config would hold it unresolved: define &quot;%3&quot; there.</source>
        <translation>{{%1}} no está definida en el entorno &quot;%2&quot;, así que la configuración exportada la tendría sin resolver: defina &quot;%3&quot; ahí.</translation>
    </message>
</context>
<context>
    <name>EnvironmentSecretResolver</name>
    <message>
        <source>set the environment variable %1</source>
        <translation>defina la variable de entorno %1</translation>
    </message>
</context>
<context>
    <name>EnvironmentSwitch</name>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>The environment {{variables}} resolve from in previews, sends and exports</source>
        <translation>El entorno del que se resuelven las {{variables}} en vistas previas, envíos y exportaciones</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Sin entorno</translation>
    </message>
    <message>
        <source>Edit Environments…</source>
        <translation>Editar entornos…</translation>
    </message>
</context>
<context>
    <name>EnvironmentVariableModel</name>
    <message>
        <source>Kept in the system keychain as %1; type to replace it.</source>
        <translation>Guardado en el llavero del sistema como %1; escriba para reemplazarlo.</translation>
    </message>
    <message>
        <source>Goes to the system keychain when you press OK; the file keeps a reference.</source>
        <translation>Va al llavero del sistema al pulsar Aceptar; el archivo guarda una referencia.</translation>
    </message>
    <message>
        <source>A secret is kept in the keychain, per environment, and masked everywhere.</source>
        <translation>Un secreto se guarda en el llavero, por entorno, y se enmascara en todas partes.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>EventCatalog</name>
    <message>
        <source>Call started</source>
        <translation>Llamada iniciada</translation>
    </message>
    <message>
        <source>Triggered when a call begins.</source>
        <translation>Se dispara cuando empieza una llamada.</translation>
    </message>
    <message>
        <source>The call log as known when the callee answers.</source>
        <translation>El registro de llamada tal como se conoce cuando el destinatario contesta.</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Llamada finalizada</translation>
    </message>
    <message>
        <source>Triggered when a call completes.</source>
        <translation>Se dispara cuando termina una llamada.</translation>
    </message>
    <message>
        <source>The full call log with summary, sentiment, recording and transcript, the agent&apos;s outcomes and the post-call outcomes.</source>
        <translation>El registro de llamada completo con resumen, sentimiento, grabación y transcripción, los resultados del agente y los resultados posteriores a la llamada.</translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation>Llamada fallida</translation>
    </message>
    <message>
        <source>Triggered when a call fails to connect.</source>
        <translation>Se dispara cuando una llamada no logra conectarse.</translation>
    </message>
    <message>
        <source>The call log with the failure reason (busy, no answer, invalid number).</source>
        <translation>El registro de llamada con el motivo del fallo (ocupado, sin respuesta, número no válido).</translation>
    </message>
    <message>
        <source>Voicemail detected</source>
        <translation>Buzón de voz detectado</translation>
    </message>
    <message>
        <source>Triggered when a voicemail is detected.</source>
        <translation>Se dispara cuando se detecta un buzón de voz.</translation>
    </message>
    <message>
        <source>The call log and how the voicemail was recognised.</source>
        <translation>El registro de llamada y cómo se reconoció el buzón de voz.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Provides real-time or complete call transcripts.</source>
        <translation>Proporciona transcripciones de la llamada, en tiempo real o completas.</translation>
    </message>
    <message>
        <source>The transcript so far as turns with roles and times.</source>
        <translation>La transcripción hasta el momento, en turnos con sus roles y horas.</translation>
    </message>
    <message>
        <source>Intent detected</source>
        <translation>Intención detectada</translation>
    </message>
    <message>
        <source>Triggered when the AI identifies a specific intent.</source>
        <translation>Se dispara cuando la IA identifica una intención concreta.</translation>
    </message>
    <message>
        <source>The intent&apos;s name, its confidence and the utterance it came from.</source>
        <translation>El nombre de la intención, su confianza y el enunciado del que procede.</translation>
    </message>
    <message>
        <source>Entity captured</source>
        <translation>Entidad capturada</translation>
    </message>
    <message>
        <source>Triggered when the AI captures important information.</source>
        <translation>Se dispara cuando la IA capta información importante.</translation>
    </message>
    <message>
        <source>The entity&apos;s type, its value and the utterance it came from.</source>
        <translation>El tipo de la entidad, su valor y el enunciado del que procede.</translation>
    </message>
    <message>
        <source>Campaign started</source>
        <translation>Campaña iniciada</translation>
    </message>
    <message>
        <source>Triggered when a campaign is activated.</source>
        <translation>Se dispara cuando se activa una campaña.</translation>
    </message>
    <message>
        <source>The campaign, its schedule and its contact count.</source>
        <translation>La campaña, su programación y su número de contactos.</translation>
    </message>
    <message>
        <source>Campaign paused</source>
        <translation>Campaña pausada</translation>
    </message>
    <message>
        <source>Triggered when a campaign is paused.</source>
        <translation>Se dispara cuando se pausa una campaña.</translation>
    </message>
    <message>
        <source>The campaign, who paused it and the counters so far.</source>
        <translation>La campaña, quién la pausó y los contadores hasta el momento.</translation>
    </message>
    <message>
        <source>Campaign completed</source>
        <translation>Campaña completada</translation>
    </message>
    <message>
        <source>Triggered when a campaign finishes.</source>
        <translation>Se dispara cuando finaliza una campaña.</translation>
    </message>
    <message>
        <source>The campaign and its final counters.</source>
        <translation>La campaña y sus contadores finales.</translation>
    </message>
    <message>
        <source>Quota reached</source>
        <translation>Cuota alcanzada</translation>
    </message>
    <message>
        <source>Triggered when a campaign reaches defined limits.</source>
        <translation>Se dispara cuando una campaña alcanza los límites definidos.</translation>
    </message>
    <message>
        <source>The campaign, the quota that was reached and its limit.</source>
        <translation>La campaña, la cuota alcanzada y su límite.</translation>
    </message>
    <message>
        <source>Call events</source>
        <translation>Eventos de llamada</translation>
    </message>
    <message>
        <source>Conversation events</source>
        <translation>Eventos de conversación</translation>
    </message>
    <message>
        <source>Campaign events</source>
        <translation>Eventos de campaña</translation>
    </message>
</context>
<context>
    <name>EventPayload</name>
    <message>
        <source>The payload is %1; an own sample can be at most %2.</source>
        <translation>El payload ocupa %1; una muestra propia puede ocupar como máximo %2.</translation>
    </message>
    <message>
        <source>The payload is empty: an event body is a JSON object.</source>
        <translation>El payload está vacío: un cuerpo de evento es un objeto JSON.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1 at line %2, column %3.</source>
        <translation>El payload no es JSON válido: %1 en la línea %2, columna %3.</translation>
    </message>
    <message>
        <source>An event body is a JSON object; this is %1.</source>
        <translation>Un cuerpo de evento es un objeto JSON; esto es %1.</translation>
    </message>
    <message>
        <source>The payload has %1 fields; an own sample can have at most %2.</source>
        <translation>El payload tiene %1 campos; una muestra propia puede tener como máximo %2.</translation>
    </message>
</context>
<context>
    <name>EventSampleDialog</name>
    <message>
        <source>Own Sample Payload</source>
        <translation>Payload de muestra propio</translation>
    </message>
    <message>
        <source>A real body of the event, as your platform sends it. Its fields become mappable under Event Payload Field; its call, contact and outcome values replace the built-in sample&apos;s for this event. Values under secret-looking keys (token, password, api_key, …) are replaced by &lt;redacted&gt; and never saved.</source>
        <translation>Un cuerpo real del evento, tal como lo envía su plataforma. Sus campos se pueden asignar en «Campo del payload del evento»; sus valores de llamada, contacto y resultados sustituyen a los de la muestra integrada para este evento. Los valores bajo claves que parecen secretas (token, password, api_key, …) se sustituyen por &lt;redacted&gt; y nunca se guardan.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Event body</source>
        <translation>Cuerpo del evento</translation>
    </message>
    <message>
        <source>Paste the JSON body here, e.g. {&quot;event&quot;: &quot;call_ended&quot;, &quot;call&quot;: {…}}</source>
        <translation>Pegue aquí el cuerpo JSON, p. ej. {&quot;event&quot;: &quot;call_ended&quot;, &quot;call&quot;: {…}}</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>pegado</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to map.</source>
        <translation>
            <numerusform>%n campo para asignar.</numerusform>
            <numerusform>%n campos para asignar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted, as they look like secrets: %1.</source>
        <translation>Ocultados, porque parecen secretos: %1.</translation>
    </message>
</context>
<context>
    <name>EventSelectionModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation>Suscribirse a %1</translation>
    </message>
    <message>
        <source>Unsubscribe from %1</source>
        <translation>Cancelar la suscripción a %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Triggered when</source>
        <translation>Cuándo se dispara</translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
    <message>
        <source>List the events that can fire a webhook, with what each carries.</source>
        <translation>Lista los eventos que pueden disparar un webhook y lo que lleva cada uno.</translation>
    </message>
    <message>
        <source>Print the events as JSON.</source>
        <translation>Muestra los eventos en formato JSON.</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Exported to %1.</source>
        <translation>Se exportó a %1.</translation>
    </message>
    <message>
        <source>Import cURL Command</source>
        <translation>Importar comando cURL</translation>
    </message>
    <message>
        <source>Paste cURL Command</source>
        <translation>Pegar comando cURL</translation>
    </message>
    <message>
        <source>The curl command&apos;s request is now this webhook&apos;s.</source>
        <translation>La solicitud del comando curl es ahora la de este webhook.</translation>
    </message>
    <message>
        <source>The curl command&apos;s request is now this webhook&apos;s. %1</source>
        <translation>La solicitud del comando curl es ahora la de este webhook. %1</translation>
    </message>
    <message>
        <source>Import Production Config</source>
        <translation>Importar configuración de producción</translation>
    </message>
    <message>
        <source>Production configs (*.production.json);;JSON files (*.json);;All files (*)</source>
        <translation>Configuraciones de producción (*.production.json);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>Imported %1. Production configs carry no sample data; save it as a campaign to keep it.</source>
        <translation>Se importó %1. Las configuraciones de producción no incluyen datos de ejemplo; guárdela como campaña para conservarla.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export: refused: the campaign has errors (--draft exports it anyway, marked as a draft).</source>
        <translation>export: rechazado: la campaña tiene errores (--draft la exporta igualmente, marcada como borrador).</translation>
    </message>
    <message>
        <source>export: production must provide these secrets: %1</source>
        <translation>export: en producción deben proporcionarse estos secretos: %1</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Only this webhook (curl).</source>
        <translation>Solo este webhook (curl).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Only this event (curl); by default each the webhook fires on.</source>
        <translation>Solo este evento (curl); por defecto, todos los eventos en los que se dispara el webhook.</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <source>Export even with errors, marked as a draft (production).</source>
        <translation>Exporta aunque haya errores, marcándolo como borrador (production).</translation>
    </message>
    <message>
        <source>What {{local_receiver}} stands for (default %1).</source>
        <translation>Valor que representa {{local_receiver}} (por defecto, %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Write here (atomically) instead of standard output.</source>
        <translation>Escribe aquí (de forma atómica) en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>The campaign file.</source>
        <translation>El archivo de campaña.</translation>
    </message>
    <message>
        <source>export: name one campaign FILE.</source>
        <translation>export: indique un ARCHIVO de campaña.</translation>
    </message>
    <message>
        <source>export: no webhook is named &quot;%1&quot;.</source>
        <translation>export: no hay ningún webhook llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>export: &quot;%1&quot; is not an event.</source>
        <translation>export: &quot;%1&quot; no es un evento.</translation>
    </message>
    <message>
        <source>export: with the values of the environment &quot;%1&quot;.</source>
        <translation>export: con los valores del entorno &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>export: with -o FILE, the Postman environment (the local receiver and the secrets to set) is written beside the collection.</source>
        <translation>export: con -o ARCHIVO, el entorno de Postman (el receptor local y los secretos que hay que definir) se escribe junto a la colección.</translation>
    </message>
    <message>
        <source>export: Postman environment &quot;%1&quot; written to %2.</source>
        <translation>export: entorno de Postman &quot;%1&quot; escrito en %2.</translation>
    </message>
    <message>
        <source>Export the campaign for production (checked JSON without secrets), as curl commands, as a Postman collection, as an OpenAPI 3.1 contract or as JSON Schemas of its payloads. Exits 1 when the export is refused.</source>
        <translation>Exportar la campaña para producción (JSON comprobado sin secretos), como comandos curl, como colección de Postman, como contrato OpenAPI 3.1 o como JSON Schemas de sus cargas. Sale con 1 si se rechaza la exportación.</translation>
    </message>
    <message>
        <source>export: no enabled webhook fires on an event: the contract would be empty.</source>
        <translation>export: ningún webhook activado se dispara con un evento: el contrato estaría vacío.</translation>
    </message>
    <message>
        <source>export: json-schema writes one file per webhook and event: name a folder with -o DIR.</source>
        <translation>export: json-schema escribe un archivo por webhook y evento: indique una carpeta con -o CARPETA.</translation>
    </message>
    <message>
        <source>export: cannot create the folder %1.</source>
        <translation>export: no se puede crear la carpeta %1.</translation>
    </message>
    <message numerus="yes">
        <source>export: %n schema(s) written to %1.</source>
        <translation>
            <numerusform>export: %n esquema escrito en %1.</numerusform>
            <numerusform>export: %n esquemas escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>production (the default), curl, postman, openapi (YAML; JSON when OUT ends in .json) or json-schema (one file per webhook and event in the folder OUT).</source>
        <translation>production (predeterminado), curl, postman, openapi (YAML; JSON si OUT termina en .json) o json-schema (un archivo por webhook y evento en la carpeta OUT).</translation>
    </message>
    <message>
        <source>export: --format is production, curl, postman, openapi or json-schema, not &quot;%1&quot;.</source>
        <translation>export: --format es production, curl, postman, openapi o json-schema, no «%1».</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>Export a &amp;draft despite the errors (marked &quot;draft&quot;: true)</source>
        <translation>Exportar un &amp;borrador pese a los errores (marcado &quot;draft&quot;: true)</translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>Problemas de exportación</translation>
    </message>
    <message>
        <source>Secrets to provide</source>
        <translation>Secretos que deben proporcionarse</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Vista previa de la exportación</translation>
    </message>
    <message>
        <source>Production config</source>
        <translation>Configuración de producción</translation>
    </message>
    <message>
        <source>Production configs (*.production.json)</source>
        <translation>Configuraciones de producción (*.production.json)</translation>
    </message>
    <message>
        <source>cURL commands</source>
        <translation>Comandos cURL</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts de shell (*.sh)</translation>
    </message>
    <message>
        <source>Postman collection</source>
        <translation>Colección de Postman</translation>
    </message>
    <message>
        <source>Postman collections (*.postman_collection.json)</source>
        <translation>Colecciones de Postman (*.postman_collection.json)</translation>
    </message>
    <message>
        <source>All webhooks</source>
        <translation>Todos los webhooks</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Every event it fires on</source>
        <translation>Todos los eventos en los que se dispara</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: the campaign has %n error(s). Fix them (Problems panel, F8), or export a draft that production tools will refuse.</source>
        <translation>
            <numerusform>No se ha exportado: la campaña tiene %n error. Corríjalo (panel Problemas, F8) o exporte un borrador, que las herramientas de producción rechazarán.</numerusform>
            <numerusform>No se ha exportado: la campaña tiene %n errores. Corríjalos (panel Problemas, F8) o exporte un borrador, que las herramientas de producción rechazarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A draft with %n error(s), marked &quot;draft&quot;: true: production tools refuse it until they are fixed.</source>
        <translation>
            <numerusform>Un borrador con %n error, marcado &quot;draft&quot;: true: las herramientas de producción lo rechazan hasta que se corrija.</numerusform>
            <numerusform>Un borrador con %n errores, marcado &quot;draft&quot;: true: las herramientas de producción lo rechazan hasta que se corrijan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n webhook(s), checked against production.schema.json. No sample data, no window state, no secret values.</source>
        <translation>
            <numerusform>Listo: %n webhook, comprobado con production.schema.json. Sin datos de ejemplo, ni estado de ventana, ni valores de secretos.</numerusform>
            <numerusform>Listo: %n webhooks, comprobados con production.schema.json. Sin datos de ejemplo, ni estado de ventana, ni valores de secretos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production must provide these secrets (the export holds only their names):</source>
        <translation>En producción deben proporcionarse estos secretos (la exportación solo contiene sus nombres):</translation>
    </message>
    <message>
        <source>No secrets to provide.</source>
        <translation>No hay secretos que proporcionar.</translation>
    </message>
    <message numerus="yes">
        <source>%n curl command(s) for a POSIX shell, each sending the same bytes as Webhook Studio with the sample data (signed now, when the webhook signs).</source>
        <translation>
            <numerusform>%n comando curl para un shell POSIX, que envía los mismos bytes que Webhook Studio con los datos de ejemplo (firmado ahora, si el webhook firma).</numerusform>
            <numerusform>%n comandos curl para un shell POSIX; cada uno envía los mismos bytes que Webhook Studio con los datos de ejemplo (firmados ahora, si el webhook firma).</numerusform>
        </translation>
    </message>
    <message>
        <source>Set these environment variables before running them:</source>
        <translation>Defina estas variables de entorno antes de ejecutarlos:</translation>
    </message>
    <message>
        <source>The commands need no secrets.</source>
        <translation>Los comandos no necesitan secretos.</translation>
    </message>
    <message>
        <source>Set these collection variables in a Postman environment:</source>
        <translation>Defina estas variables de colección en un entorno de Postman:</translation>
    </message>
    <message>
        <source>The collection needs no secrets.</source>
        <translation>La colección no necesita secretos.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>E&amp;nvironment:</source>
        <translation>E&amp;ntorno:</translation>
    </message>
    <message>
        <source>The environment whose values the export carries</source>
        <translation>El entorno cuyos valores lleva la exportación</translation>
    </message>
    <message numerus="yes">
        <source>A Postman Collection v2.1 with %n request(s), one per webhook and event, rendered with the sample data. Postman and newman run it. Saving also writes the Postman environment &quot;%1&quot; beside it.</source>
        <translation>
            <numerusform>Una colección de Postman v2.1 con %n solicitud, una por webhook y evento, generada con los datos de ejemplo. Postman y newman la ejecutan. Al guardar se escribe también a su lado el entorno de Postman &quot;%1&quot;.</numerusform>
            <numerusform>Una colección de Postman v2.1 con %n solicitudes, una por webhook y evento, generadas con los datos de ejemplo. Postman y newman la ejecutan. Al guardar se escribe también a su lado el entorno de Postman &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAPI contract</source>
        <translation>Contrato OpenAPI</translation>
    </message>
    <message>
        <source>OpenAPI documents, YAML or JSON (*.yaml *.yml *.json)</source>
        <translation>Documentos OpenAPI, YAML o JSON (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>Nothing to export: no enabled webhook fires on an event.</source>
        <translation>Nada que exportar: ningún webhook activado se dispara con un evento.</translation>
    </message>
    <message numerus="yes">
        <source>An OpenAPI 3.1 contract for the team that builds the endpoint: %n webhook request(s), one per webhook and event, each with its headers, the JSON Schema of its body and the sample as example. Save as .json for JSON.</source>
        <translation>
            <numerusform>Un contrato OpenAPI 3.1 para el equipo que construye el endpoint: %n solicitud de webhook, una por webhook y evento, cada una con sus cabeceras, el JSON Schema de su cuerpo y el ejemplo. Guarde como .json para JSON.</numerusform>
            <numerusform>Un contrato OpenAPI 3.1 para el equipo que construye el endpoint: %n solicitudes de webhook, una por webhook y evento, cada una con sus cabeceras, el JSON Schema de su cuerpo y el ejemplo. Guarde como .json para JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>The receiving side verifies or receives these secrets (only their names are in the contract):</source>
        <translation>El lado receptor verifica o recibe estos secretos (en el contrato solo figuran sus nombres):</translation>
    </message>
    <message>
        <source>The contract names no secrets.</source>
        <translation>El contrato no nombra secretos.</translation>
    </message>
</context>
<context>
    <name>FieldListEditor</name>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>&amp;Quitar campo</translation>
    </message>
</context>
<context>
    <name>FieldListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Valor de ejemplo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>FieldPickerDialog</name>
    <message>
        <source>Insert Field</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
</context>
<context>
    <name>FieldRequirement</name>
    <message>
        <source>%1 is a campaign event and carries no call, so %2 has no value.</source>
        <translation>%1 es un evento de campaña y no lleva ninguna llamada, así que %2 no tiene valor.</translation>
    </message>
    <message>
        <source>%1 is sent for a call that never connected, so %2 has no value.</source>
        <translation>%1 se envía para una llamada que nunca llegó a conectarse, así que %2 no tiene valor.</translation>
    </message>
    <message>
        <source>%1 is sent while the call is still going on; %2 is only known once it is over (call.ended or call.failed).</source>
        <translation>%1 se envía mientras la llamada sigue en curso; %2 solo se conoce cuando termina (call.ended o call.failed).</translation>
    </message>
    <message>
        <source>%1 is sent before the call&apos;s analysis exists; %2 is only known on call.ended.</source>
        <translation>%1 se envía antes de que exista el análisis de la llamada; %2 solo se conoce en call.ended.</translation>
    </message>
    <message>
        <source>%1 carries no transcript; %2 is only known on call.ended and conversation.transcript.</source>
        <translation>%1 no lleva transcripción; %2 solo se conoce en call.ended y conversation.transcript.</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>todos los eventos</translation>
    </message>
    <message>
        <source>call and conversation events</source>
        <translation>eventos de llamada y de conversación</translation>
    </message>
    <message>
        <source>connected calls</source>
        <translation>llamadas conectadas</translation>
    </message>
    <message>
        <source>call.ended, call.failed</source>
        <translation>call.ended, call.failed</translation>
    </message>
    <message>
        <source>call.ended</source>
        <translation>call.ended</translation>
    </message>
    <message>
        <source>call.ended, conversation.transcript</source>
        <translation>call.ended, conversation.transcript</translation>
    </message>
</context>
<context>
    <name>FieldTypeDelegate</name>
    <message>
        <source>Field type</source>
        <translation>Tipo de campo</translation>
    </message>
</context>
<context>
    <name>FieldsCommand</name>
    <message>
        <source>List the data sources and their fields that variables can map to; with a campaign FILE, its declared fields too.</source>
        <translation>Lista las fuentes de datos y los campos a los que pueden asignarse las variables; con un ARCHIVO de campaña, también sus campos declarados.</translation>
    </message>
    <message>
        <source>Print the sources and fields as JSON.</source>
        <translation>Muestra las fuentes y los campos en formato JSON.</translation>
    </message>
    <message>
        <source>A campaign file whose declared fields to list.</source>
        <translation>Archivo de campaña cuyos campos declarados se listarán.</translation>
    </message>
    <message>
        <source>(declared by each campaign)</source>
        <translation>(declarados por cada campaña)</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
</context>
<context>
    <name>HeaderListModel</name>
    <message>
        <source>A secret value: masked unless &quot;Reveal secrets&quot; is on.</source>
        <translation>Un valor secreto: se oculta salvo que &quot;Mostrar secretos&quot; esté activado.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>HeaderTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>A secret: saved as a ${NAME} reference, never in the file.</source>
        <translation>Un secreto: se guarda como referencia ${NAME}, nunca en el archivo.</translation>
    </message>
    <message>
        <source>Mask the value and keep it out of saved files and exports</source>
        <translation>Ocultar el valor y excluirlo de los archivos guardados y de las exportaciones</translation>
    </message>
    <message>
        <source>Enable Header</source>
        <translation>Activar cabecera</translation>
    </message>
    <message>
        <source>Disable Header</source>
        <translation>Desactivar cabecera</translation>
    </message>
    <message>
        <source>Mark Header Secret</source>
        <translation>Marcar cabecera como secreta</translation>
    </message>
    <message>
        <source>Unmark Secret</source>
        <translation>Desmarcar como secreta</translation>
    </message>
    <message>
        <source>Edit Header Name</source>
        <translation>Editar nombre de cabecera</translation>
    </message>
    <message>
        <source>Edit Header Value</source>
        <translation>Editar valor de cabecera</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Añadir cabecera</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>Quitar cabecera</translation>
    </message>
    <message>
        <source>Move Header</source>
        <translation>Mover cabecera</translation>
    </message>
</context>
<context>
    <name>HeaderValueDelegate</name>
    <message>
        <source>Header name</source>
        <translation>Nombre de cabecera</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valor de cabecera</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Webhook Studio User Guide</source>
        <translation>Guía del usuario de Webhook Studio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Show deliveries of webhook</source>
        <translation>Mostrar entregas del webhook</translation>
    </message>
    <message>
        <source>Show deliveries of event</source>
        <translation>Mostrar entregas del evento</translation>
    </message>
    <message>
        <source>Show deliveries by verdict</source>
        <translation>Mostrar entregas por veredicto</translation>
    </message>
    <message>
        <source>Delivery history</source>
        <translation>Historial de entregas</translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation>&amp;Volver a entregar</translation>
    </message>
    <message>
        <source>Send the selected delivery&apos;s request again</source>
        <translation>Volver a enviar la solicitud de la entrega seleccionada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Show deliveries the CLI added since</source>
        <translation>Mostrar las entregas que la CLI ha añadido desde la última actualización</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Delete every delivery from the history</source>
        <translation>Eliminar todas las entregas del historial</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Cualquier veredicto</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Any webhook</source>
        <translation>Cualquier webhook</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Cualquier evento</translation>
    </message>
    <message>
        <source>The history is not available, so deliveries are not kept: %1.</source>
        <translation>El historial no está disponible, así que las entregas no se conservan: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s) shown; the history keeps the newest %1.</source>
        <translation>
            <numerusform>%n entrega mostrada; el historial conserva las %1 más recientes.</numerusform>
            <numerusform>%n entregas mostradas; el historial conserva las %1 más recientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Borrar historial</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n delivery(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n entrega del historial? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar las %n entregas del historial? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>The HTTP client was closed.</source>
        <translation>El cliente HTTP se ha cerrado.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se ha cancelado.</translation>
    </message>
    <message>
        <source>Connection refused by the proxy %1: nothing listens there.</source>
        <translation>Conexión rechazada por el proxy %1: nada escucha ahí.</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before the tunnel to the endpoint was open.</source>
        <translation>El proxy %1 cerró la conexión antes de que el túnel hacia el endpoint estuviera abierto.</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time.</source>
        <translation>El proxy %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The proxy host %1 was not found.</source>
        <translation>No se encontró el host del proxy %1.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the tunnel to the endpoint: %2</source>
        <translation>El proxy %1 rechazó el túnel hacia el endpoint: %2</translation>
    </message>
</context>
<context>
    <name>HttpRequest</name>
    <message>
        <source>The header name &quot;%1&quot; is not a valid HTTP field name.</source>
        <translation>El nombre de cabecera &quot;%1&quot; no es un nombre de campo HTTP válido.</translation>
    </message>
    <message>
        <source>The value of the header %1 holds %2, which would split the request.</source>
        <translation>El valor de la cabecera %1 contiene %2, lo que dividiría la solicitud.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The server closed the connection before the response was complete.</source>
        <translation>El servidor ha cerrado la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>The server closed the connection without a valid HTTP response.</source>
        <translation>El servidor cerró la conexión sin una respuesta HTTP válida.</translation>
    </message>
    <message>
        <source>The status line is longer than the %1 bytes accepted.</source>
        <translation>La línea de estado supera los %1 bytes admitidos.</translation>
    </message>
    <message>
        <source>The response header %1 is longer than the %2 bytes accepted.</source>
        <translation>La cabecera de respuesta %1 supera los %2 bytes admitidos.</translation>
    </message>
    <message>
        <source>The chunked body is broken: a chunk&apos;s size line is longer than %1 bytes.</source>
        <translation>El cuerpo por fragmentos está roto: la línea de tamaño de un fragmento supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The chunked body is broken: a chunk runs on past the size given for it.</source>
        <translation>El cuerpo por fragmentos está roto: un fragmento continúa más allá del tamaño indicado.</translation>
    </message>
    <message>
        <source>The status line is not valid HTTP: %1.</source>
        <translation>La línea de estado no es HTTP válido: %1.</translation>
    </message>
    <message>
        <source>The status code %1 is not a valid HTTP status (100 to 999).</source>
        <translation>El código de estado %1 no es un estado HTTP válido (de 100 a 999).</translation>
    </message>
    <message>
        <source>The response header line %1 is folded onto the line before it, which HTTP/1.1 no longer allows.</source>
        <translation>La línea de cabecera de respuesta %1 continúa la línea anterior (plegado de líneas), algo que HTTP/1.1 ya no permite.</translation>
    </message>
    <message>
        <source>The response has more than %1 header fields; at most %1 are accepted.</source>
        <translation>La respuesta tiene más de %1 campos de cabecera; se admiten como máximo %1.</translation>
    </message>
    <message>
        <source>The response header line %1 does not begin with a field name and a colon.</source>
        <translation>La línea de cabecera de respuesta %1 no empieza con un nombre de campo y dos puntos.</translation>
    </message>
    <message>
        <source>The value of the response header %1 holds a NUL or CR byte.</source>
        <translation>El valor de la cabecera de respuesta %1 contiene un byte NUL o CR.</translation>
    </message>
    <message>
        <source>The server switched protocols (101), which the request did not ask for.</source>
        <translation>El servidor cambió de protocolo (101) sin que la solicitud lo pidiera.</translation>
    </message>
    <message>
        <source>The server sent more than %1 interim (1xx) responses.</source>
        <translation>El servidor envió más de %1 respuestas provisionales (1xx).</translation>
    </message>
    <message>
        <source>The response uses the transfer coding %1; only chunked is read.</source>
        <translation>La respuesta usa la codificación de transferencia %1; solo se lee chunked.</translation>
    </message>
    <message>
        <source>The response has conflicting Content-Length headers (%1).</source>
        <translation>La respuesta tiene cabeceras Content-Length contradictorias (%1).</translation>
    </message>
    <message>
        <source>The response&apos;s Content-Length %1 is not a number of bytes.</source>
        <translation>El Content-Length %1 de la respuesta no es un número de bytes.</translation>
    </message>
    <message>
        <source>The chunked body is broken: the chunk size %1 is not a hexadecimal number.</source>
        <translation>El cuerpo por fragmentos está roto: el tamaño de fragmento %1 no es un número hexadecimal.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Turn a curl command or a production export into a campaign document. Exits 1 when it cannot be imported.</source>
        <translation>Convierte un comando curl o una exportación de producción en un documento de campaña. Termina con código 1 si no se puede importar.</translation>
    </message>
    <message>
        <source>curl or production.</source>
        <translation>curl o production.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>With curl: an event the webhook fires on (repeatable; default call.ended).</source>
        <translation>Con curl: un evento en el que se dispara el webhook (repetible; por defecto, call.ended).</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <source>Write the campaign here (atomically) instead of standard output.</source>
        <translation>Escribe la campaña aquí (de forma atómica) en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>What to import; standard input when omitted or -.</source>
        <translation>Qué importar; la entrada estándar si se omite o es -.</translation>
    </message>
    <message>
        <source>import: name --from curl or --from production, and at most one FILE.</source>
        <translation>import: indique --from curl o --from production, y como máximo un ARCHIVO.</translation>
    </message>
    <message>
        <source>import: &quot;%1&quot; is not an event.</source>
        <translation>import: &quot;%1&quot; no es un evento.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>Imported campaign</source>
        <translation>Campaña importada</translation>
    </message>
    <message>
        <source>note: the secret value is kept in the system keychain as ${%1}; the app and send find it there.</source>
        <translation>nota: el valor secreto se guarda en el llavero del sistema como ${%1}; la aplicación y send lo encuentran ahí.</translation>
    </message>
    <message>
        <source>note: the secret value became ${%1}, and no keychain can keep it (%2). Supply it when sending with:</source>
        <translation>nota: el valor secreto pasó a ser ${%1} y ningún llavero puede guardarlo (%2). Indíquelo al enviar con:</translation>
    </message>
    <message>
        <source>it did not answer</source>
        <translation>no respondió</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>Scale the timeline to the attempts instead of the whole total timeout</source>
        <translation>Ajustar la escala de la línea de tiempo a los intentos en lugar de a todo el tiempo de espera total</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>Copy the selected attempt&apos;s request as a curl command (secrets as shown)</source>
        <translation>Copiar la solicitud del intento seleccionado como comando curl (con los secretos tal como se muestran)</translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation>&amp;Volver a entregar</translation>
    </message>
    <message>
        <source>Send the same request again, with the same event id</source>
        <translation>Enviar de nuevo la misma solicitud, con el mismo ID de evento</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the delivery: the attempt in flight is aborted and no retry follows</source>
        <translation>Detener la entrega: se interrumpe el intento en curso y no se hacen más reintentos</translation>
    </message>
    <message>
        <source>Attempt timeline</source>
        <translation>Línea de tiempo de intentos</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>&amp;Mostrar secretos</translation>
    </message>
    <message>
        <source>Show secret header values as they were sent (never stored in the history)</source>
        <translation>Mostrar los valores de las cabeceras secretas tal como se enviaron (nunca se guardan en el historial)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Cabeceras de la solicitud</translation>
    </message>
    <message>
        <source>Request body view</source>
        <translation>Vista del cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Cabeceras de la respuesta</translation>
    </message>
    <message>
        <source>Response body view</source>
        <translation>Vista del cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>Buscar en el cuerpo</translation>
    </message>
    <message>
        <source>Find in the response body</source>
        <translation>Buscar en el cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Tiempos</translation>
    </message>
    <message>
        <source>Started at:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Into the delivery:</source>
        <translation>Desde el inicio de la entrega:</translation>
    </message>
    <message>
        <source>Time to headers:</source>
        <translation>Tiempo hasta las cabeceras:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Plazo límite:</translation>
    </message>
    <message>
        <source>Network error:</source>
        <translation>Error de red:</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>V&amp;eredicto</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>%1: delivered</source>
        <translation>%1: entregado</translation>
    </message>
    <message>
        <source>%1: not delivered</source>
        <translation>%1: no entregado</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formateado</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin formato</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <source>No attempt selected.</source>
        <translation>No hay ningún intento seleccionado.</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>headers after %1</source>
        <translation>cabeceras tras %1</translation>
    </message>
    <message>
        <source>· truncated: showing the first %1</source>
        <translation>· truncado: se muestran los primeros %1</translation>
    </message>
    <message>
        <source>Bodies are kept up to the response body cap (and 1 MB in the history).</source>
        <translation>Los cuerpos se conservan hasta el límite de tamaño del cuerpo de respuesta (y hasta 1 MB en el historial).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>The delivery</source>
        <translation>La entrega</translation>
    </message>
    <message>
        <source>No verdict yet.</source>
        <translation>Aún no hay veredicto.</translation>
    </message>
    <message>
        <source>No delivery yet. Send a test event with Ctrl+Enter, or open one from the history.</source>
        <translation>Aún no hay ninguna entrega. Envíe un evento de prueba con Ctrl+Enter o abra una desde el historial.</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 de %2%3</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Fases:</translation>
    </message>
    <message>
        <source>Where the attempt&apos;s time went</source>
        <translation>En qué se fue el tiempo del intento</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>ninguno (directo)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Se esperaba %1 y se encontró %2.</translation>
    </message>
    <message>
        <source>Required field is missing (expected %1).</source>
        <translation>Falta un campo obligatorio (se esperaba %1).</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>Expected a whole number, found %1.</source>
        <translation>Se esperaba un número entero y se encontró %1.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;; expected one of: %2.</source>
        <translation>Valor desconocido &quot;%1&quot;; se esperaba uno de estos: %2.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored and will not be saved.</source>
        <translation>El campo desconocido &quot;%1&quot; se ignora y no se guardará.</translation>
    </message>
</context>
<context>
    <name>JsonPrettyPrinter</name>
    <message>
        <source>The JSON ends before every bracket is closed.</source>
        <translation>El JSON termina antes de que se cierren todos los corchetes y llaves.</translation>
    </message>
    <message>
        <source>A string is never closed.</source>
        <translation>Hay una cadena que no se cierra nunca.</translation>
    </message>
    <message>
        <source>A closing bracket does not match the one it closes.</source>
        <translation>Un corchete o llave de cierre no coincide con el de apertura.</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>The schema %1 cannot be read: %2</source>
        <translation>No se puede leer el esquema %1: %2</translation>
    </message>
    <message>
        <source>The schema %1 is not a JSON object.</source>
        <translation>El esquema %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Nothing is allowed here.</source>
        <translation>Aquí no se permite nada.</translation>
    </message>
    <message>
        <source>The schema nests too deep (a $ref cycle?).</source>
        <translation>El esquema tiene demasiados niveles de anidamiento (¿un ciclo de $ref?).</translation>
    </message>
    <message>
        <source>The schema uses &quot;%1&quot;, which this validator does not know.</source>
        <translation>El esquema usa &quot;%1&quot;, que este validador no reconoce.</translation>
    </message>
    <message>
        <source>The schema refers to %1, which is not there.</source>
        <translation>El esquema hace referencia a %1, que no existe.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Se esperaba %1 y se encontró %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Must be %1, is %2.</source>
        <translation>Debe ser %1, pero es %2.</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values.</source>
        <translation>%1 no es uno de los valores permitidos.</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2.</source>
        <translation>%1 está por debajo del mínimo de %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2.</source>
        <translation>%1 está por encima del máximo de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n character(s).</source>
        <translation>
            <numerusform>Demasiado corto: %n carácter.</numerusform>
            <numerusform>Demasiado corto: %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: %n character(s).</source>
        <translation>
            <numerusform>Demasiado largo: %n carácter.</numerusform>
            <numerusform>Demasiado largo: %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not match %2.</source>
        <translation>%1 no coincide con %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>Falta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member this format has.</source>
        <translation>&quot;%1&quot; no es un miembro admitido en este formato.</translation>
    </message>
    <message numerus="yes">
        <source>Too few items: %n.</source>
        <translation>
            <numerusform>Muy pocos elementos: %n.</numerusform>
            <numerusform>Muy pocos elementos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many items: %n.</source>
        <translation>
            <numerusform>Demasiados elementos: %n.</numerusform>
            <numerusform>Demasiados elementos: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is listed before.</source>
        <translation>%1 ya figura antes en la lista.</translation>
    </message>
    <message>
        <source>%1 matches none of the allowed forms.</source>
        <translation>%1 no coincide con ninguna de las formas permitidas.</translation>
    </message>
    <message>
        <source>%1 must match exactly one of the allowed forms; it matches %2.</source>
        <translation>%1 debe coincidir exactamente con una de las formas permitidas; coincide con %2.</translation>
    </message>
    <message>
        <source>%1 is a form that is not allowed.</source>
        <translation>%1 tiene una forma que no está permitida.</translation>
    </message>
</context>
<context>
    <name>JsonTemplateScanner</name>
    <message>
        <source>The body is empty or only white space; JSON needs a value.</source>
        <translation>El cuerpo está vacío o solo contiene espacios en blanco; JSON necesita un valor.</translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the JSON value.</source>
        <translation>Contenido inesperado tras el final del valor JSON: %1.</translation>
    </message>
    <message>
        <source>end of the body</source>
        <translation>final del cuerpo</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>un marcador de posición</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>control character U+%1</source>
        <translation>un carácter de control U+%1</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation>El cuerpo no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation>se esperaba %1, pero se encontró %2.</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels.</source>
        <translation>anidamiento de más de %1 niveles.</translation>
    </message>
    <message>
        <source>expected a value, found %1.</source>
        <translation>se esperaba un valor, pero se encontró %1.</translation>
    </message>
    <message>
        <source>a placeholder used as a key must be inside quotes: &quot;{{name}}&quot;: …</source>
        <translation>un marcador de posición usado como clave debe ir entre comillas: &quot;{{name}}&quot;: …</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1.</source>
        <translation>se esperaba una clave entre comillas dobles, pero se encontró %1.</translation>
    </message>
    <message>
        <source>&quot;:&quot; after the key</source>
        <translation>&quot;:&quot; tras la clave</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot; after a member of an object</source>
        <translation>&quot;,&quot; o &quot;}&quot; tras un miembro de un objeto</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot; after an element of an array</source>
        <translation>&quot;,&quot; o &quot;]&quot; tras un elemento de una matriz</translation>
    </message>
    <message>
        <source>a line break inside a string; write \n instead.</source>
        <translation>un salto de línea dentro de una cadena; escriba \n en su lugar.</translation>
    </message>
    <message>
        <source>%1 inside a string; escape it as \u%2.</source>
        <translation>%1 dentro de una cadena; escríbalo como \u%2.</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits.</source>
        <translation>\u debe ir seguido de cuatro dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>invalid escape \%1 in a string.</source>
        <translation>secuencia de escape \%1 no válida en una cadena.</translation>
    </message>
    <message>
        <source>a string is not closed: a &quot; is missing.</source>
        <translation>una cadena no está cerrada: falta la comilla &quot; de cierre.</translation>
    </message>
    <message>
        <source>a number needs digits after &quot;-&quot;.</source>
        <translation>un número necesita dígitos después de &quot;-&quot;.</translation>
    </message>
    <message>
        <source>a number needs digits after the decimal point.</source>
        <translation>un número necesita dígitos después del punto decimal.</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent.</source>
        <translation>un número necesita dígitos en su exponente.</translation>
    </message>
</context>
<context>
    <name>LargeTextView</name>
    <message>
        <source>Not indented: %1 (at byte %2). Shown as sent.</source>
        <translation>No se aplicó sangría: %1 (en el byte %2). Se muestra tal como se envió.</translation>
    </message>
    <message>
        <source>Indenting %1…</source>
        <translation>Aplicando sangría a %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(sin cuerpo)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Webhook Studio</source>
        <translation>Webhook Studio</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Añadir webhook</translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation>Duplicar webhook</translation>
    </message>
    <message>
        <source>Move webhook up</source>
        <translation>Subir webhook</translation>
    </message>
    <message>
        <source>Move webhook down</source>
        <translation>Bajar webhook</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>This campaign has no webhooks yet.</source>
        <translation>Esta campaña aún no tiene webhooks.</translation>
    </message>
    <message>
        <source>&amp;Add a Webhook</source>
        <translation>&amp;Añadir un webhook</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new campaign</source>
        <translation>Iniciar una campaña nueva</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a campaign file</source>
        <translation>Abrir un archivo de campaña</translation>
    </message>
    <message>
        <source>Open &amp;Sample Campaign</source>
        <translation>Abrir campaña de e&amp;jemplo</translation>
    </message>
    <message>
        <source>Open the bundled sample campaign</source>
        <translation>Abrir la campaña de ejemplo incluida</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the campaign</source>
        <translation>Guardar la campaña</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the campaign under another name</source>
        <translation>Guardar la campaña con otro nombre</translation>
    </message>
    <message>
        <source>&amp;cURL Command…</source>
        <translation>&amp;Comando cURL…</translation>
    </message>
    <message>
        <source>Add a webhook that sends what a curl command sends</source>
        <translation>Añadir un webhook que envía lo mismo que un comando curl</translation>
    </message>
    <message>
        <source>&amp;Production Config…</source>
        <translation>Configuración de &amp;producción…</translation>
    </message>
    <message>
        <source>Open a production export as a new campaign</source>
        <translation>Abrir una exportación de producción como campaña nueva</translation>
    </message>
    <message>
        <source>Export the webhooks as checked JSON for production, without secrets</source>
        <translation>Exportar los webhooks como JSON verificado para producción, sin secretos</translation>
    </message>
    <message>
        <source>&amp;cURL Commands…</source>
        <translation>&amp;Comandos cURL…</translation>
    </message>
    <message>
        <source>Export a webhook&apos;s requests as curl commands</source>
        <translation>Exportar las solicitudes de un webhook como comandos curl</translation>
    </message>
    <message>
        <source>P&amp;ostman Collection…</source>
        <translation>Colección de P&amp;ostman…</translation>
    </message>
    <message>
        <source>Export the campaign as a Postman Collection v2.1</source>
        <translation>Exportar la campaña como colección de Postman v2.1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Webhook Studio</source>
        <translation>Salir de Webhook Studio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
    <message>
        <source>&amp;Add Webhook</source>
        <translation>&amp;Añadir webhook</translation>
    </message>
    <message>
        <source>Add a webhook to the campaign</source>
        <translation>Añadir un webhook a la campaña</translation>
    </message>
    <message>
        <source>&amp;Duplicate Webhook</source>
        <translation>&amp;Duplicar webhook</translation>
    </message>
    <message>
        <source>Add a copy of the selected webhook</source>
        <translation>Añadir una copia del webhook seleccionado</translation>
    </message>
    <message>
        <source>&amp;Rename Webhook</source>
        <translation>Cambiar &amp;nombre del webhook</translation>
    </message>
    <message>
        <source>Rename the selected webhook</source>
        <translation>Cambiar el nombre del webhook seleccionado</translation>
    </message>
    <message>
        <source>&amp;Enable or Disable</source>
        <translation>Ac&amp;tivar o desactivar</translation>
    </message>
    <message>
        <source>Enable or disable the selected webhook</source>
        <translation>Activar o desactivar el webhook seleccionado</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected webhook up</source>
        <translation>Subir el webhook seleccionado</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected webhook down</source>
        <translation>Bajar el webhook seleccionado</translation>
    </message>
    <message>
        <source>De&amp;lete Webhook</source>
        <translation>E&amp;liminar webhook</translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation>Eliminar el webhook seleccionado</translation>
    </message>
    <message>
        <source>&amp;Campaign and Data Model…</source>
        <translation>&amp;Campaña y modelo de datos…</translation>
    </message>
    <message>
        <source>Edit the campaign name and the fields it declares</source>
        <translation>Editar el nombre de la campaña y los campos que declara</translation>
    </message>
    <message>
        <source>&amp;Format Body</source>
        <translation>&amp;Formatear cuerpo</translation>
    </message>
    <message>
        <source>Indent the JSON body</source>
        <translation>Aplicar sangría al cuerpo JSON</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Siguiente problema</translation>
    </message>
    <message>
        <source>Show the next problem</source>
        <translation>Mostrar el siguiente problema</translation>
    </message>
    <message>
        <source>Send &amp;Test Event</source>
        <translation>Enviar evento de &amp;prueba</translation>
    </message>
    <message>
        <source>Send the selected webhook&apos;s request for the chosen event, with its delivery semantics</source>
        <translation>Enviar la solicitud del webhook seleccionado para el evento elegido, con sus reglas de entrega</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>&amp;Cancelar entrega</translation>
    </message>
    <message>
        <source>Stop the running delivery: no further attempt starts</source>
        <translation>Detener la entrega en curso: no se iniciará ningún otro intento</translation>
    </message>
    <message>
        <source>Send a &amp;Burst…</source>
        <translation>Enviar una &amp;ráfaga…</translation>
    </message>
    <message>
        <source>Send the event many times, some at once, and see the success rate and latencies</source>
        <translation>Enviar el evento muchas veces, varias a la vez, y ver la tasa de éxito y las latencias</translation>
    </message>
    <message>
        <source>&amp;About Webhook Studio</source>
        <translation>&amp;Acerca de Webhook Studio</translation>
    </message>
    <message>
        <source>About Webhook Studio</source>
        <translation>Acerca de Webhook Studio</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Insert Field…</source>
        <translation>&amp;Insertar campo…</translation>
    </message>
    <message>
        <source>Insert a mapped field where the cursor is</source>
        <translation>Insertar un campo asignado en la posición del cursor</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>%1[*] — Webhook Studio</source>
        <translation>%1[*] — Webhook Studio</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Language, theme, defaults for new webhooks, history and receiver</source>
        <translation>Idioma, tema, valores predeterminados para webhooks nuevos, historial y receptor</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Read the user guide</source>
        <translation>Leer la guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Mostrar todos los atajos de teclado</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: %1</source>
        <translation>No se pudo guardar una copia de recuperación: %1</translation>
    </message>
    <message>
        <source>Open&amp;API Contract…</source>
        <translation>Contrato Open&amp;API…</translation>
    </message>
    <message>
        <source>Export the campaign&apos;s webhooks as an OpenAPI 3.1 contract for the receiving team</source>
        <translation>Exportar los webhooks de la campaña como contrato OpenAPI 3.1 para el equipo receptor</translation>
    </message>
</context>
<context>
    <name>MappingDelegate</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
</context>
<context>
    <name>MappingOverview</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Cabecera %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
</context>
<context>
    <name>MappingTableModel</name>
    <message>
        <source>(no such field)</source>
        <translation>(no existe el campo)</translation>
    </message>
    <message>
        <source>(empty on %1)</source>
        <translation>(vacío en %1)</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Choose a source here, or drop a field from the palette on this row.</source>
        <translation>Elija aquí una fuente o arrastre un campo de la paleta a esta fila.</translation>
    </message>
    <message>
        <source>The literal value; empty means the variable&apos;s own name.</source>
        <translation>El valor literal; si está vacío, se usa el nombre de la propia variable.</translation>
    </message>
    <message>
        <source>The value for %1 with the sample data</source>
        <translation>El valor de %1 con los datos de ejemplo</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <source>No template uses this variable; Remove Unused deletes the mapping.</source>
        <translation>Ninguna plantilla usa esta variable; &quot;Quitar asignaciones sin usar&quot; elimina la asignación.</translation>
    </message>
    <message>
        <source>Edit Mapping</source>
        <translation>Editar asignación</translation>
    </message>
    <message>
        <source>Map {{%1}}</source>
        <translation>Asignar {{%1}}</translation>
    </message>
    <message>
        <source>Remove Unused Mappings</source>
        <translation>Quitar asignaciones sin usar</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Field or value</source>
        <translation>Campo o valor</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Valor de ejemplo</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Se usa en</translation>
    </message>
    <message>
        <source>(secret of %1)</source>
        <translation>(secreto de %1)</translation>
    </message>
    <message>
        <source>(not in %1)</source>
        <translation>(no está en %1)</translation>
    </message>
    <message>
        <source>(not in the own sample of %1)</source>
        <translation>(no está en la muestra propia de %1)</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>enter a value for %1</source>
        <translation>introduzca un valor para %1</translation>
    </message>
</context>
<context>
    <name>OpenApiExport</name>
    <message>
        <source>Standard Webhooks: the message id (msg_…), the same on every retry of a delivery; use it to drop duplicates.</source>
        <translation>Standard Webhooks: el id del mensaje (msg_…), el mismo en cada reintento de una entrega; úselo para descartar duplicados.</translation>
    </message>
    <message>
        <source>Standard Webhooks: when the message was signed, in seconds since 1970 (UTC); reject it when it is more than five minutes away from your clock.</source>
        <translation>Standard Webhooks: cuándo se firmó el mensaje, en segundos desde 1970 (UTC); recházelo si dista más de cinco minutos de su reloj.</translation>
    </message>
    <message>
        <source>Standard Webhooks: space-separated &quot;v1,&lt;base64&gt;&quot; signatures. Verify: base64-decode the secret after its whsec_ prefix, compute HMAC-SHA256 over &quot;{webhook-id}.{webhook-timestamp}.{raw body}&quot; with it, base64-encode the result and compare it in constant time with each v1 signature.</source>
        <translation>Standard Webhooks: firmas «v1,&lt;base64&gt;» separadas por espacios. Verificar: decodificar en base64 el secreto tras su prefijo whsec_, calcular con él HMAC-SHA256 sobre «{webhook-id}.{webhook-timestamp}.{cuerpo sin procesar}», codificar el resultado en base64 y compararlo en tiempo constante con cada firma v1.</translation>
    </message>
    <message>
        <source>Delivered: the attempt succeeded.</source>
        <translation>Entregado: el intento tuvo éxito.</translation>
    </message>
    <message>
        <source>Delivered when the JSON body&apos;s %1 is %2.</source>
        <translation>Entregado cuando %1 del cuerpo JSON es %2.</translation>
    </message>
    <message>
        <source>Anything else — another status, no answer within %1 s, a refused connection — fails the attempt. It is tried again up to %2 times (first after %3 s, then %4× longer each time, within %5 s in all), with the same event.</source>
        <translation>Cualquier otra cosa —otro estado, ninguna respuesta en %1 s, una conexión rechazada— hace fallar el intento. Se reintenta hasta %2 veces (primero tras %3 s, luego %4× más cada vez, dentro de %5 s en total), con el mismo evento.</translation>
    </message>
    <message>
        <source>The webhooks of the campaign %1: one entry per webhook and event it fires on, as Webhook Studio sends it.</source>
        <translation>Los webhooks de la campaña %1: una entrada por webhook y evento con que se dispara, tal como lo envía Webhook Studio.</translation>
    </message>
    <message>
        <source>%1 for %2 cannot be rendered and was left out.</source>
        <translation>No se puede generar %1 para %2, así que se omitió.</translation>
    </message>
    <message>
        <source>%1: %2

%3 sends it to %4 (URL template: %5).</source>
        <translation>%1: %2

%3 lo envía a %4 (plantilla de URL: %5).</translation>
    </message>
    <message>
        <source>A secret.</source>
        <translation>Un secreto.</translation>
    </message>
    <message>
        <source>A secret the sender keeps (%1); its value is not part of this document.</source>
        <translation>Un secreto que guarda el remitente (%1); su valor no forma parte de este documento.</translation>
    </message>
    <message>
        <source>Rendered with the sample data.</source>
        <translation>Generado con los datos de ejemplo.</translation>
    </message>
    <message>
        <source>%1: the body for %2</source>
        <translation>%1: el cuerpo para %2</translation>
    </message>
</context>
<context>
    <name>PayloadSchema</name>
    <message>
        <source>The event&apos;s name.</source>
        <translation>El nombre del evento.</translation>
    </message>
    <message>
        <source>The event&apos;s id (evt_…), the same on every retry.</source>
        <translation>El id del evento (evt_…), el mismo en cada reintento.</translation>
    </message>
    <message>
        <source>When the delivery was made (UTC).</source>
        <translation>Cuándo se hizo la entrega (UTC).</translation>
    </message>
    <message>
        <source>The environment variable %1.</source>
        <translation>La variable de entorno %1.</translation>
    </message>
    <message>
        <source>{{%1}} is not mapped to a field: any value.</source>
        <translation>{{%1}} no está asignada a ningún campo: cualquier valor.</translation>
    </message>
</context>
<context>
    <name>PhaseTimings</name>
    <message>
        <source>DNS lookup</source>
        <translation>Resolución DNS</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Negociación TLS</translation>
    </message>
    <message>
        <source>Sending the request</source>
        <translation>Envío de la solicitud</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Espera de la respuesta</translation>
    </message>
    <message>
        <source>Receiving the answer</source>
        <translation>Recepción de la respuesta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>PhaseTimingsView</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PostmanExport</name>
    <message>
        <source>%1 for %2, rendered with the sample data.</source>
        <translation>%1 para %2 con los datos de ejemplo.</translation>
    </message>
    <message>
        <source>%1 for %2 cannot be rendered and was left out.</source>
        <translation>No se puede generar %1 para %2, así que se omitió.</translation>
    </message>
    <message>
        <source>Disabled in the campaign.</source>
        <translation>Desactivado en la campaña.</translation>
    </message>
    <message>
        <source>A secret: set it in your environment, not here.</source>
        <translation>Es un secreto: defínalo en su entorno, no aquí.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Webhook Studio starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Webhook Studio.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>New webhooks</source>
        <translation>Webhooks nuevos</translation>
    </message>
    <message>
        <source>Attempt &amp;timeout:</source>
        <translation>Tiempo de &amp;espera por intento:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Retry limit:</source>
        <translation>&amp;Límite de reintentos:</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>Tiempo de espera t&amp;otal:</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Response &amp;body cap:</source>
        <translation>Tamaño máximo del &amp;cuerpo de la respuesta:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>An attempt whose response body is larger fails as body-too-large</source>
        <translation>Un intento cuya respuesta tenga un cuerpo mayor falla como body-too-large</translation>
    </message>
    <message>
        <source>&amp;History keeps:</source>
        <translation>El &amp;historial conserva:</translation>
    </message>
    <message>
        <source> deliveries</source>
        <translation> entregas</translation>
    </message>
    <message>
        <source>The newest deliveries are kept; older ones are removed</source>
        <translation>Se conservan las entregas más recientes; las más antiguas se eliminan</translation>
    </message>
    <message>
        <source>Receiver &amp;port:</source>
        <translation>&amp;Puerto del receptor:</translation>
    </message>
    <message>
        <source>Where the local receiver listens on 127.0.0.1 (0: any free port); another free port is used when this one is taken</source>
        <translation>Dónde escucha el receptor local en 127.0.0.1 (0: cualquier puerto libre); si este está ocupado, se usa otro puerto libre</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy &amp;address:</source>
        <translation>&amp;Dirección del proxy:</translation>
    </message>
    <message>
        <source>http://user@proxy.example.com:3128 or socks5://proxy.example.com:1080</source>
        <translation>http://usuario@proxy.example.com:3128 o socks5://proxy.example.com:1080</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Dirección del proxy</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Con&amp;traseña del proxy:</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored one</source>
        <translation>Se guarda en el llavero del sistema; déjela vacía para conservar la guardada</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>&amp;Direct to:</source>
        <translation>Directo &amp;a:</translation>
    </message>
    <message>
        <source>localhost, .internal.example.com, 10.0.0.0/8</source>
        <translation>localhost, .internal.example.com, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Hosts that bypass the proxy, comma-separated: names cover their subdomains; IP ranges in CIDR; * for all</source>
        <translation>Hosts que evitan el proxy, separados por comas: los nombres cubren sus subdominios; rangos IP en CIDR; * para todos</translation>
    </message>
    <message>
        <source>Hosts that go direct</source>
        <translation>Hosts a los que se va directamente</translation>
    </message>
    <message>
        <source>System (http_proxy, https_proxy, no_proxy)</source>
        <translation>Sistema (http_proxy, https_proxy, no_proxy)</translation>
    </message>
    <message>
        <source>None: always direct</source>
        <translation>Ninguno: siempre directo</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Proxy address: %1</source>
        <translation>Dirección del proxy: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>For &amp;event:</source>
        <translation>Para el &amp;evento:</translation>
    </message>
    <message>
        <source>Preview event</source>
        <translation>Evento de la vista previa</translation>
    </message>
    <message>
        <source>The request as it would be sent</source>
        <translation>La solicitud tal como se enviaría</translation>
    </message>
    <message>
        <source>Select a webhook to see its request.</source>
        <translation>Seleccione un webhook para ver su solicitud.</translation>
    </message>
    <message>
        <source>This webhook is not subscribed to %1; shown anyway.</source>
        <translation>Este webhook no está suscrito a %1; se muestra de todos modos.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>cabecera %1</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>Nothing would be sent until the errors are fixed.</source>
        <translation>No se enviará nada hasta que se corrijan los errores.</translation>
    </message>
    <message>
        <source>(%1 more characters)</source>
        <translation>(%1 caracteres más)</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Request › Method</source>
        <translation>Solicitud › Método</translation>
    </message>
    <message>
        <source>Request › URL</source>
        <translation>Solicitud › URL</translation>
    </message>
    <message>
        <source>Request › Header %1</source>
        <translation>Solicitud › Cabecera %1</translation>
    </message>
    <message>
        <source>Request › Body</source>
        <translation>Solicitud › Cuerpo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Delivery › Backoff</source>
        <translation>Entrega › Espera entre intentos</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Mapping %1</source>
        <translation>Asignación %1</translation>
    </message>
    <message>
        <source>Delivery › Signing</source>
        <translation>Entrega › Firma</translation>
    </message>
    <message>
        <source>Campaign › Data model</source>
        <translation>Campaña › Modelo de datos</translation>
    </message>
    <message>
        <source>Campaign › Sample data</source>
        <translation>Campaña › Datos de ejemplo</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
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
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>No hay problemas.</translation>
    </message>
</context>
<context>
    <name>ProductionExport</name>
    <message>
        <source>This is not a production export (its format is not &quot;%1&quot;).</source>
        <translation>No es una exportación de producción (su formato no es &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This export is version %1, made by a newer Webhook Studio; this one reads version %2.</source>
        <translation>Esta exportación es de la versión %1, creada por una versión más reciente de Webhook Studio; esta lee la versión %2.</translation>
    </message>
    <message>
        <source>The campaign has no environments, so there is no &quot;%1&quot; to export with.</source>
        <translation>La campaña no tiene entornos, así que no hay ningún &quot;%1&quot; con el que exportar.</translation>
    </message>
    <message>
        <source>The campaign has no environment &quot;%1&quot;; it has %2.</source>
        <translation>La campaña no tiene ningún entorno &quot;%1&quot;; tiene %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ignores TLS certificate errors; production must verify them. Turn the option off, or export a draft.</source>
        <translation>&quot;%1&quot; ignora los errores de certificado TLS; producción debe verificarlos. Desactive la opción o exporte un borrador.</translation>
    </message>
</context>
<context>
    <name>ProxyConfig</name>
    <message>
        <source>&quot;%1&quot; is not a proxy address such as http://proxy.example:3128.</source>
        <translation>&quot;%1&quot; no es una dirección de proxy como http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>The proxy scheme &quot;%1&quot; is not supported: use http://, socks5:// or socks5h://.</source>
        <translation>El esquema de proxy &quot;%1&quot; no es compatible: use http://, socks5:// o socks5h://.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials given (407); the endpoint was not reached.</source>
        <translation>El proxy %1 rechazó las credenciales indicadas (407); no se llegó al endpoint.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for credentials (407); the endpoint was not reached. Give a user name and password: in the proxy address as user:password@, or in Preferences › Network.</source>
        <translation>El proxy %1 pide credenciales (407); no se llegó al endpoint. Indique un usuario y una contraseña: en la dirección del proxy como usuario:contraseña@, o en Preferencias › Red.</translation>
    </message>
</context>
<context>
    <name>ReceiveCommand</name>
    <message>
        <source>Run a local test endpoint on 127.0.0.1 that prints every request it gets and answers by a response script, until interrupted (Ctrl+C).</source>
        <translation>Inicia un receptor de prueba local en 127.0.0.1 que imprime cada solicitud que recibe y responde según un script de respuesta, hasta que se interrumpe (Ctrl+C).</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 more bytes)</source>
        <translation>(%1 bytes más)</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 (default 0: any free port).</source>
        <translation>El puerto en 127.0.0.1 (predeterminado 0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>How to answer, request after request: &quot;503,503,200&quot; (STATUS, STATUS/DELAY, hang, close; the last step repeats), JSON, or @FILE holding either.</source>
        <translation>Cómo responder, solicitud tras solicitud: &quot;503,503,200&quot; (ESTADO, ESTADO/RETARDO, hang, close; el último paso se repite), JSON, o @ARCHIVO con cualquiera de los dos.</translation>
    </message>
    <message>
        <source>SCRIPT</source>
        <translation>SCRIPT</translation>
    </message>
    <message>
        <source>Check each request&apos;s Standard Webhooks signature with this whsec_ secret.</source>
        <translation>Comprueba la firma Standard Webhooks de cada solicitud con este secreto whsec_.</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRETO</translation>
    </message>
    <message>
        <source>Print each request as a JSON line.</source>
        <translation>Imprime cada solicitud como una línea JSON.</translation>
    </message>
    <message>
        <source>Print one line per request, without headers and body.</source>
        <translation>Imprime una línea por solicitud, sin cabeceras ni cuerpo.</translation>
    </message>
    <message>
        <source>How many requests to keep in memory (default %1).</source>
        <translation>Cuántas solicitudes conservar en memoria (predeterminado: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>receive: --port takes a number from 0 to 65535.</source>
        <translation>receive: --port acepta un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>receive: cannot read %1: %2</source>
        <translation>receive: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>receive: --script: %1</source>
        <translation>receive: --script: %1</translation>
    </message>
    <message>
        <source>receive: --secret: %1</source>
        <translation>receive: --secret: %1</translation>
    </message>
    <message>
        <source>receive: cannot listen on 127.0.0.1:%1; is the port taken?</source>
        <translation>receive: no se puede escuchar en 127.0.0.1:%1; ¿está ocupado el puerto?</translation>
    </message>
    <message>
        <source>Listening on %1 — answering %2. Press Ctrl+C to stop.</source>
        <translation>Escuchando en %1 — respuestas: %2. Pulse Ctrl+C para detener.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n request(s).</source>
        <translation>
            <numerusform>Detenido tras %n solicitud.</numerusform>
            <numerusform>Detenido tras %n solicitudes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivedRequest</name>
    <message>
        <source>signature valid</source>
        <translation>firma válida</translation>
    </message>
    <message>
        <source>signature INVALID: %1</source>
        <translation>firma NO VÁLIDA: %1</translation>
    </message>
</context>
<context>
    <name>ReceivedRequestModel</name>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>NO VÁLIDA</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>ReceiverPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Puerto del receptor</translation>
    </message>
    <message>
        <source>The port to listen on at 127.0.0.1; 0 takes any free port</source>
        <translation>El puerto en el que escuchar en 127.0.0.1; 0 usa cualquier puerto libre</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>URL del receptor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the receiver&apos;s URL</source>
        <translation>Copiar la URL del receptor</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>Response script</source>
        <translation>Script de respuesta</translation>
    </message>
    <message>
        <source>200 · 503,503,200 · 200/1.5 · hang · close · or a JSON script</source>
        <translation>200 · 503,503,200 · 200/1.5 · hang · close · o un script JSON</translation>
    </message>
    <message>
        <source>How to answer request after request; the last step repeats. Press Enter to apply.</source>
        <translation>Cómo responder solicitud tras solicitud; el último paso se repite. Pulse Intro para aplicar.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Secreto de &amp;firma:</translation>
    </message>
    <message>
        <source>Signing secret to check</source>
        <translation>Secreto de firma con el que comprobar</translation>
    </message>
    <message>
        <source>whsec_… to check Standard Webhooks signatures</source>
        <translation>whsec_… para comprobar firmas Standard Webhooks</translation>
    </message>
    <message>
        <source>Received requests</source>
        <translation>Solicitudes recibidas</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Solicitud seleccionada</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>from %1 at %2 · answered %3</source>
        <translation>desde %1 a las %2 · respuesta: %3</translation>
    </message>
    <message>
        <source>(the first %1 of %2 are kept)</source>
        <translation>(se conservan los primeros %1 de %2)</translation>
    </message>
    <message>
        <source>Port %1 is taken (another app, or another Webhook Studio).</source>
        <translation>El puerto %1 está ocupado (por otra aplicación u otra instancia de Webhook Studio).</translation>
    </message>
    <message>
        <source>Listening on port %1 instead.</source>
        <translation>Escuchando en el puerto %1 en su lugar.</translation>
    </message>
    <message>
        <source>Answers: %1.</source>
        <translation>Respuestas: %1.</translation>
    </message>
    <message>
        <source>Signatures are checked with this secret.</source>
        <translation>Las firmas se comprueban con este secreto.</translation>
    </message>
    <message>
        <source>The signing secret is not usable: %1</source>
        <translation>El secreto de firma no se puede usar: %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) received</source>
        <translation>
            <numerusform>%n solicitud recibida</numerusform>
            <numerusform>%n solicitudes recibidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Use as Sample…</source>
        <translation>Usar como muestra…</translation>
    </message>
    <message>
        <source>Use the selected request&apos;s body as the own sample of its event</source>
        <translation>Usar el cuerpo de la solicitud seleccionada como muestra propia de su evento</translation>
    </message>
    <message>
        <source>request #%1 received at %2</source>
        <translation>solicitud n.º %1 recibida el %2</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>Webhook Studio ended before the changes to &quot;%1&quot; were saved.</source>
        <translation>Webhook Studio se cerró antes de guardar los cambios de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A copy from %1 was kept. Open it to go on where you were?</source>
        <translation>Se conservó una copia de %1. ¿Abrirla para seguir donde lo dejó?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>A&amp;hora no</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Print the exact request a webhook sends for an event, rendered with the campaign&apos;s sample data. Exits 1 when the request has an error, 2 for bad input.</source>
        <translation>Muestra la solicitud exacta que envía un webhook para un evento, generada con los datos de ejemplo de la campaña. Termina con 1 si la solicitud tiene un error y con 2 si la entrada no es válida.</translation>
    </message>
    <message>
        <source>The event id to use instead of a new random one.</source>
        <translation>El id de evento que se usará en lugar de uno nuevo aleatorio.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The delivery time to use instead of now (ISO-8601, e.g. 2026-11-27T14:06:24Z).</source>
        <translation>La hora de entrega que se usará en lugar de la actual (ISO-8601; p. ej., 2026-11-27T14:06:24Z).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>Print the request as JSON.</source>
        <translation>Muestra la solicitud en formato JSON.</translation>
    </message>
    <message>
        <source>render: --at needs an ISO-8601 time such as 2026-11-27T14:06:24Z.</source>
        <translation>render: --at necesita una hora ISO-8601, como 2026-11-27T14:06:24Z.</translation>
    </message>
</context>
<context>
    <name>RequestRenderer</name>
    <message>
        <source>{{%1}} is not mapped to any data: map it to a field or a default value.</source>
        <translation>{{%1}} no está asignada a ningún dato: asígnela a un campo o a un valor predeterminado.</translation>
    </message>
    <message>
        <source>{{%1}} maps to the %2 &quot;%3&quot;, which does not exist in this campaign.</source>
        <translation>{{%1}} está asignada a &quot;%3&quot; (%2), que no existe en esta campaña.</translation>
    </message>
    <message>
        <source>{{%1}} has no value on %2: %3</source>
        <translation>{{%1}} no tiene valor en %2: %3</translation>
    </message>
    <message>
        <source>The rendered URL &quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>La URL generada &quot;%1&quot; no es una URL http:// o https:// con host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name; nothing is sent.</source>
        <translation>&quot;%1&quot; no es un nombre de cabecera válido; no se envía nada.</translation>
    </message>
    <message>
        <source>{{%1}} would put %2 into the &quot;%3&quot; header, which could forge more headers; nothing is sent.</source>
        <translation>{{%1}} introduciría %2 en la cabecera &quot;%3&quot;, lo que podría falsificar otras cabeceras; no se envía nada.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; header contains %2; nothing is sent.</source>
        <translation>La cabecera &quot;%1&quot; contiene %2; no se envía nada.</translation>
    </message>
    <message>
        <source>{{%1}} comes from an environment, and the campaign has none: add one in Campaign › Environments.</source>
        <translation>{{%1}} viene de un entorno y la campaña no tiene ninguno: añada uno en Campaña › Entornos.</translation>
    </message>
    <message>
        <source>{{%1}} is not defined in the environment &quot;%2&quot;: add &quot;%3&quot; there.</source>
        <translation>{{%1}} no está definida en el entorno &quot;%2&quot;: añada &quot;%3&quot; ahí.</translation>
    </message>
    <message>
        <source>{{%1}} is a secret of the environment &quot;%2&quot;; secrets can only stand in header values (such as Authorization), which are masked.</source>
        <translation>{{%1}} es un secreto del entorno &quot;%2&quot;; los secretos solo pueden ir en valores de cabecera (como Authorization), que se enmascaran.</translation>
    </message>
    <message>
        <source>{{%1}} maps to &quot;%2&quot;, which no own sample of this campaign has: add an event body that has it in Campaign › Sample Data (or pass --sample).</source>
        <translation>{{%1}} se asigna a «%2», que ninguna muestra propia de esta campaña tiene: añada un cuerpo de evento que lo tenga en Campaña › Datos de ejemplo (o use --sample).</translation>
    </message>
    <message>
        <source>{{%1}} has no value on %2: &quot;%3&quot; is a field of another event&apos;s own sample.</source>
        <translation>{{%1}} no tiene valor en %2: «%3» es un campo de la muestra propia de otro evento.</translation>
    </message>
</context>
<context>
    <name>ResponseDecoder</name>
    <message>
        <source>The %1 decoder could not start.</source>
        <translation>El decodificador %1 no pudo iniciarse.</translation>
    </message>
    <message>
        <source>The body is not valid %1: %2.</source>
        <translation>El cuerpo no es %1 válido: %2.</translation>
    </message>
</context>
<context>
    <name>ResponseKeyPath</name>
    <message>
        <source>The response key is empty.</source>
        <translation>La clave de respuesta está vacía.</translation>
    </message>
    <message>
        <source>Segment %1 of the response key is empty (a leading, trailing or doubled dot).</source>
        <translation>El segmento %1 de la clave de respuesta está vacío (punto inicial, final o duplicado).</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; of the response key contains white space or a control character.</source>
        <translation>El segmento &quot;%1&quot; de la clave de respuesta contiene espacios en blanco o un carácter de control.</translation>
    </message>
</context>
<context>
    <name>ResponseScript</name>
    <message>
        <source>never answer</source>
        <translation>no responder nunca</translation>
    </message>
    <message>
        <source>close the connection</source>
        <translation>cerrar la conexión</translation>
    </message>
    <message>
        <source>%1 after %2 s</source>
        <translation>%1 tras %2 s</translation>
    </message>
    <message>
        <source>%1, then the last again</source>
        <translation>%1 y después repetir el último</translation>
    </message>
    <message>
        <source>always %1</source>
        <translation>siempre %1</translation>
    </message>
    <message>
        <source>The response script is empty.</source>
        <translation>El script de respuesta está vacío.</translation>
    </message>
    <message>
        <source>Step %1 (&quot;%2&quot;) is not STATUS, STATUS/DELAY, hang or close.</source>
        <translation>El paso %1 (&quot;%2&quot;) no es STATUS, STATUS/DELAY, hang ni close.</translation>
    </message>
    <message>
        <source>The response script is not valid JSON: %1.</source>
        <translation>El script de respuesta no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>The response script has no steps.</source>
        <translation>El script de respuesta no tiene pasos.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>%1: unknown action &quot;%2&quot;; use respond, hang or close.</source>
        <translation>%1: acción desconocida &quot;%2&quot;; use respond, hang o close.</translation>
    </message>
    <message>
        <source>%1: %2 is not an HTTP status.</source>
        <translation>%1: %2 no es un estado HTTP.</translation>
    </message>
    <message>
        <source>%1: the delay cannot be negative.</source>
        <translation>%1: el retardo no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>SampleDataDialog</name>
    <message>
        <source>Sample Data</source>
        <translation>Datos de ejemplo</translation>
    </message>
    <message>
        <source>The values previews and test sends use. Call-log values you change here replace the built-in sample call; the others are the samples of the campaign&apos;s declared fields.</source>
        <translation>Los valores que usan las vistas previas y los envíos de prueba. Los valores del registro de llamada que cambie aquí sustituyen a la llamada de ejemplo integrada; los demás son los valores de ejemplo de los campos declarados en la campaña.</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Reset Call Log to Defaults</source>
        <translation>&amp;Restablecer valores predeterminados del registro de llamada</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valores</translation>
    </message>
    <message>
        <source>&amp;Own Payloads</source>
        <translation>&amp;Payloads propios</translation>
    </message>
    <message>
        <source>Real event bodies, as your platform sends them, used as the sample of their event. Their fields appear in the palette under Event Payload Field; their call, contact and outcome values replace the built-in sample&apos;s. A request the local receiver caught can be used too (Receiver › Use as Sample).</source>
        <translation>Cuerpos de evento reales, tal como los envía su plataforma, usados como muestra de su evento. Sus campos aparecen en la paleta en «Campo del payload del evento»; sus valores de llamada, contacto y resultados sustituyen a los de la muestra integrada. También puede usarse una solicitud que recibió el receptor local (Receptor › Usar como muestra).</translation>
    </message>
    <message>
        <source>Own payloads</source>
        <translation>Payloads propios</translation>
    </message>
    <message>
        <source>Selected payload</source>
        <translation>Payload seleccionado</translation>
    </message>
    <message>
        <source>No own payload yet: paste one or import a file.</source>
        <translation>Aún no hay payload propio: pegue uno o importe un archivo.</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>&amp;Pegar…</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Import Event Body</source>
        <translation>Importar cuerpo de evento</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to map</source>
        <translation>
            <numerusform>%n campo para asignar</numerusform>
            <numerusform>%n campos para asignar</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Own Sample</source>
        <translation>Sustituir la muestra propia</translation>
    </message>
    <message>
        <source>%1 already has an own sample (%2). Replace it?</source>
        <translation>%1 ya tiene una muestra propia (%2). ¿Sustituirla?</translation>
    </message>
</context>
<context>
    <name>SampleOverrides</name>
    <message>
        <source>Unknown section &quot;%1&quot;; expected one of: %2.</source>
        <translation>Sección desconocida &quot;%1&quot;; se esperaba una de estas: %2.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2; its value is never used.</source>
        <translation>&quot;%1&quot; no es un campo de %2; su valor nunca se usa.</translation>
    </message>
    <message>
        <source>The sample value of &quot;%1&quot; is not a %2.</source>
        <translation>El valor de ejemplo de &quot;%1&quot; no tiene el tipo esperado (%2).</translation>
    </message>
</context>
<context>
    <name>SampleValueModel</name>
    <message>
        <source>The built-in sample; edit to replace it for this campaign.</source>
        <translation>El valor de ejemplo integrado; edítelo para sustituirlo en esta campaña.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Valor de ejemplo</translation>
    </message>
</context>
<context>
    <name>SecretStorageNotice</name>
    <message>
        <source>Secrets: this session only</source>
        <translation>Secretos: solo esta sesión</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Secret values are kept in memory until you quit, and asked for again next time.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Los valores secretos se guardan en memoria hasta que salga de la aplicación y se volverán a pedir la próxima vez.</translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <source>Secrets for This Send</source>
        <translation>Secretos para este envío</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; uses %n secret(s) that have no value in this session or the environment:</source>
        <translation>
            <numerusform>&quot;%1&quot; usa %n secreto que no tiene valor en esta sesión ni en el entorno:</numerusform>
            <numerusform>&quot;%1&quot; usa %n secretos que no tienen valor en esta sesión ni en el entorno:</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing Secret for the Export</source>
        <translation>Secreto de firma para la exportación</translation>
    </message>
    <message>
        <source>&quot;%1&quot; signs its requests. The curl commands carry a signature made with this secret, never the secret itself:</source>
        <translation>&quot;%1&quot; firma sus solicitudes. Los comandos curl llevan una firma hecha con este secreto, nunca el secreto en sí:</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <source>Values are stored in the system keychain under their names, for every campaign that uses them.</source>
        <translation>Los valores se guardan en el llavero del sistema con su nombre, para todas las campañas que los usen.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1): values are kept in memory until you quit.</source>
        <translation>No hay ningún llavero del sistema disponible (%1): los valores se conservan en memoria hasta que salga de la aplicación.</translation>
    </message>
    <message>
        <source>They are never written to the campaign file, an export or the history. A secret left empty is sent as its ${NAME} reference; signing needs its secret.</source>
        <translation>Nunca se escriben en el archivo de campaña, en una exportación ni en el historial. Un secreto que se deje vacío se envía como su referencia ${NAME}; para firmar se necesita el secreto.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Send a test event with a webhook&apos;s full delivery semantics (timeouts, retries, success condition), printing each attempt as it happens. Exits 0 when delivered, 1 when not, 2 for bad input.</source>
        <translation>Envía un evento de prueba con la semántica de entrega completa de un webhook (tiempos de espera, reintentos, condición de éxito) y muestra cada intento a medida que se produce. Termina con 0 si se entrega, con 1 si no se entrega y con 2 si la entrada no es válida.</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallido: %1</translation>
    </message>
    <message>
        <source>Sending %1 (%2) with &quot;%3&quot;: %4 %5</source>
        <translation>Enviando %1 (%2) con &quot;%3&quot;: %4 %5</translation>
    </message>
    <message>
        <source>Waiting %1 (%2) before attempt %3…</source>
        <translation>Esperando %1 (%2) antes del intento %3…</translation>
    </message>
    <message>
        <source>Delivered on attempt %1 after %2.</source>
        <translation>Entregado en el intento %1 tras %2.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <source>send: note: the delivery is not in the history: %1.</source>
        <translation>send: nota: la entrega no está en el historial: %1.</translation>
    </message>
    <message>
        <source>#%1 not delivered: %2</source>
        <translation>#%1 no entregado: %2</translation>
    </message>
    <message>
        <source>Send here instead of the webhook&apos;s URL, e.g. http://127.0.0.1:8080/hook.</source>
        <translation>Envía aquí en lugar de a la URL del webhook; p. ej., http://127.0.0.1:8080/hook.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send N deliveries, each a new event (default 1).</source>
        <translation>Envía N entregas, cada una con un evento nuevo (predeterminado: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --repeat, at most C deliveries at once (default 1).</source>
        <translation>Con --repeat, como máximo C entregas simultáneas (predeterminado: 1).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Print JSON lines instead of text.</source>
        <translation>Muestra líneas JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Do not add the delivery to the history (bursts never are).</source>
        <translation>No añade la entrega al historial (las ráfagas nunca se añaden).</translation>
    </message>
    <message>
        <source>send: --repeat takes a number of at least 1, --concurrency one from 1 to 256.</source>
        <translation>send: --repeat admite un número a partir de 1, y --concurrency, uno de 1 a 256.</translation>
    </message>
    <message>
        <source>through the proxy %1</source>
        <translation>a través del proxy %1</translation>
    </message>
    <message>
        <source>send: --proxy: %1</source>
        <translation>send: --proxy: %1</translation>
    </message>
    <message>
        <source>warning: %1 (not used)</source>
        <translation>aviso: %1 (no se usa)</translation>
    </message>
    <message>
        <source>Send through this proxy (http://, socks5:// or socks5h://, with user:password@ when it asks for credentials) instead of what http_proxy, https_proxy and all_proxy say.</source>
        <translation>Enviar a través de este proxy (http://, socks5:// o socks5h://, con usuario:contraseña@ si pide credenciales) en lugar del que indican http_proxy, https_proxy y all_proxy.</translation>
    </message>
    <message>
        <source>Hosts that go direct, comma-separated (* for all), instead of what no_proxy says.</source>
        <translation>Hosts a los que se va directamente, separados por comas (* para todos), en lugar de los que indica no_proxy.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>send: %1</source>
        <translation>send: %1</translation>
    </message>
    <message>
        <source>Trust the CAs in this PEM bundle too (an internal CA), beside the system&apos;s.</source>
        <translation>Confiar también en las CA de este paquete PEM (una CA interna), además de las del sistema.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Present this client certificate to servers that ask for one: PEM (with its key, or see --key) or PKCS#12 (.p12, .pfx).</source>
        <translation>Presentar este certificado de cliente a los servidores que lo pidan: PEM (con su clave, o vea --key) o PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM), when not in its file.</source>
        <translation>La clave privada del certificado de cliente (PEM), si no está en su archivo.</translation>
    </message>
    <message>
        <source>The passphrase of the key or of the PKCS#12 file.</source>
        <translation>La frase de contraseña de la clave o del archivo PKCS#12.</translation>
    </message>
    <message>
        <source>PHRASE</source>
        <translation>FRASE</translation>
    </message>
    <message>
        <source>Send a secret that has no value as its ${NAME} reference instead of refusing.</source>
        <translation>Enviar un secreto sin valor como su referencia ${NAME} en lugar de negarse.</translation>
    </message>
    <message>
        <source>The secret ${%1} has no value: %2 (or give --allow-unresolved to send the reference as it is). Nothing was sent.</source>
        <translation>El secreto ${%1} no tiene valor: %2 (o indique --allow-unresolved para enviar la referencia tal cual). No se envió nada.</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>A single quote is never closed.</source>
        <translation>Falta cerrar una comilla simple.</translation>
    </message>
    <message>
        <source>A $&apos;…&apos; string is never closed.</source>
        <translation>Falta cerrar una cadena $&apos;…&apos;.</translation>
    </message>
    <message>
        <source>A double quote is never closed.</source>
        <translation>Falta cerrar una comilla doble.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>StandardWebhooks</name>
    <message>
        <source>A Standard Webhooks secret starts with &quot;whsec_&quot;.</source>
        <translation>Un secreto de Standard Webhooks empieza por &quot;whsec_&quot;.</translation>
    </message>
    <message>
        <source>The part after &quot;whsec_&quot; must be base64 of at least 16 bytes.</source>
        <translation>La parte posterior a &quot;whsec_&quot; debe ser base64 de al menos 16 bytes.</translation>
    </message>
    <message>
        <source>The webhook-id, webhook-timestamp and webhook-signature headers are all needed.</source>
        <translation>Se necesitan las cabeceras webhook-id, webhook-timestamp y webhook-signature.</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a number of seconds.</source>
        <translation>webhook-timestamp no es un número de segundos.</translation>
    </message>
    <message>
        <source>webhook-timestamp is %1 s away from now; at most %2 s are accepted.</source>
        <translation>webhook-timestamp difiere %1 s de la hora actual; se aceptan como máximo %2 s.</translation>
    </message>
    <message>
        <source>The signature matches.</source>
        <translation>La firma coincide.</translation>
    </message>
    <message>
        <source>No v1 signature matches the body with the configured secret.</source>
        <translation>Ninguna firma v1 coincide con el cuerpo usando el secreto configurado.</translation>
    </message>
</context>
<context>
    <name>SuccessEvaluator</name>
    <message>
        <source>&quot;%1&quot; (a string)</source>
        <translation>&quot;%1&quot; (una cadena)</translation>
    </message>
    <message>
        <source>%1 (a number)</source>
        <translation>%1 (un número)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>not a value</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>se esperaba %1</translation>
    </message>
    <message>
        <source>expected any 2xx</source>
        <translation>se esperaba cualquier 2xx</translation>
    </message>
    <message>
        <source>Status %1 is a redirect without a Location; redirects are not followed (%2).</source>
        <translation>El estado %1 es una redirección sin Location; las redirecciones no se siguen (%2).</translation>
    </message>
    <message>
        <source>Status %1 redirects to %2; redirects are not followed (%3).</source>
        <translation>El estado %1 redirige a %2; las redirecciones no se siguen (%3).</translation>
    </message>
    <message>
        <source>Status %1; %2.</source>
        <translation>Estado %1; %2.</translation>
    </message>
    <message>
        <source>The response body is empty, so %1 cannot be checked.</source>
        <translation>El cuerpo de la respuesta está vacío, así que no se puede comprobar %1.</translation>
    </message>
    <message>
        <source>The response is not JSON (%1 at byte %2), so %3 cannot be checked.</source>
        <translation>La respuesta no es JSON (%1 en el byte %2), así que no se puede comprobar %3.</translation>
    </message>
    <message>
        <source>%1 is missing from the response: it has no &quot;%2&quot;.</source>
        <translation>%1 no está en la respuesta: no contiene &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is missing from the response: %2 has no &quot;%3&quot;.</source>
        <translation>%1 no está en la respuesta: %2 no contiene &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 is %2, not true or false.</source>
        <translation>%1 es %2, no true ni false.</translation>
    </message>
    <message>
        <source>%1 is %2; expected %3.</source>
        <translation>%1 es %2; se esperaba %3.</translation>
    </message>
</context>
<context>
    <name>TemplateParser</name>
    <message>
        <source>Unclosed placeholder: &quot;{{&quot; needs a matching &quot;}}&quot; on the same line (write \{{ for a literal &quot;{{&quot;).</source>
        <translation>Marcador sin cerrar: &quot;{{&quot; necesita su &quot;}}&quot; correspondiente en la misma línea (escriba \{{ para un &quot;{{&quot; literal).</translation>
    </message>
    <message>
        <source>Empty placeholder: write a variable name between the braces.</source>
        <translation>Marcador vacío: escriba un nombre de variable entre las llaves.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name: start with a letter or underscore, then letters, digits, underscores or dots.</source>
        <translation>&quot;%1&quot; no es un nombre de variable válido: debe empezar por una letra o un guion bajo, seguido de letras, dígitos, guiones bajos o puntos.</translation>
    </message>
</context>
<context>
    <name>TemplateProblem</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallido: %1</translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3 (deadline %4)
%5</source>
        <translation>Intento %1 · %2 · %3 (límite %4)
%5</translation>
    </message>
    <message>
        <source>Send a test event to see its attempts here.</source>
        <translation>Envíe un evento de prueba para ver aquí sus intentos.</translation>
    </message>
    <message>
        <source>Attempt %1 in %2 (%3)</source>
        <translation>Intento %1 dentro de %2 (%3)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Attempt %1 in flight for %2</source>
        <translation>Intento %1 en curso desde hace %2</translation>
    </message>
    <message>
        <source>Delivered on attempt %1 after %2</source>
        <translation>Entregado en el intento %1 tras %2</translation>
    </message>
    <message numerus="yes">
        <source>Not delivered after %n attempt(s), %1: %2</source>
        <translation>
            <numerusform>No entregado tras %n intento, %1: %2</numerusform>
            <numerusform>No entregado tras %n intentos, %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
</context>
<context>
    <name>TlsOptions</name>
    <message>
        <source>The key %1 was given without its certificate.</source>
        <translation>Se indicó la clave %1 sin su certificado.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>El paquete de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Cannot read the client certificate %1: %2.</source>
        <translation>No se puede leer el certificado de cliente %1: %2.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 cannot be read: it needs a passphrase, or it is damaged.</source>
        <translation>No se puede leer el archivo PKCS#12 %1: necesita una frase de contraseña o está dañado.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 cannot be read: the passphrase is wrong, or the file is damaged.</source>
        <translation>No se puede leer el archivo PKCS#12 %1: la frase de contraseña es incorrecta o el archivo está dañado.</translation>
    </message>
    <message>
        <source>The client certificate %1 holds no PEM certificate.</source>
        <translation>El certificado de cliente %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The private key in %1 cannot be read: the passphrase is wrong or missing.</source>
        <translation>No se puede leer la clave privada de %1: la frase de contraseña es incorrecta o falta.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key for the client certificate.</source>
        <translation>%1 no contiene ninguna clave privada PEM para el certificado de cliente.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid %3 to %4</source>
        <translation>%1, emitido por %2, válido del %3 al %4</translation>
    </message>
    <message>
        <source>Cannot read the CA bundle %1: %2.</source>
        <translation>No se puede leer el paquete de CA %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the client key %1: %2.</source>
        <translation>No se puede leer la clave de cliente %1: %2.</translation>
    </message>
    <message>
        <source>The passphrase %1 of the client certificate has no value: %2.</source>
        <translation>La frase de contraseña %1 del certificado de cliente no tiene valor: %2.</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check campaign files and print every problem as FILE: JSONPATH: severity: message. Exits 1 when any file has an error, 0 otherwise.</source>
        <translation>Comprueba archivos de campaña y muestra cada problema como ARCHIVO: RUTAJSON: gravedad: mensaje. Termina con 1 si algún archivo tiene un error y con 0 en caso contrario.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Muestra un único objeto JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Campaign files (*.webhooks.json).</source>
        <translation>Archivos de campaña (*.webhooks.json).</translation>
    </message>
    <message>
        <source>validate: name at least one file.</source>
        <translation>validate: indique al menos un archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked: </source>
        <translation>
            <numerusform>%n archivo comprobado: </numerusform>
            <numerusform>%n archivos comprobados: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n error, </numerusform>
            <numerusform>%n errores, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n advertencia.</numerusform>
            <numerusform>%n advertencias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
</context>
<context>
    <name>WebhookEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Webhook name</source>
        <translation>Nombre del webhook</translation>
    </message>
    <message>
        <source>A name for this webhook</source>
        <translation>Un nombre para este webhook</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activado</translation>
    </message>
    <message>
        <source>A disabled webhook is kept but never sent</source>
        <translation>Un webhook desactivado se conserva, pero nunca se envía</translation>
    </message>
    <message>
        <source>Webhook settings</source>
        <translation>Configuración del webhook</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>GET</source>
        <translation>GET</translation>
    </message>
    <message>
        <source>POST</source>
        <translation>POST</translation>
    </message>
    <message>
        <source>PUT</source>
        <translation>PUT</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>DELETE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://example.com/hooks/{{call_id}}</source>
        <translation>https://example.com/hooks/{{call_id}}</translation>
    </message>
    <message>
        <source>The URL. {{variables}} are percent-encoded; one at the very start supplies the scheme and host.</source>
        <translation>La URL. Las {{variables}} se escapan con codificación porcentual; una situada justo al principio aporta el esquema y el host.</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Cabeceras</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Mostrar secretos</translation>
    </message>
    <message>
        <source>Show the values of secret headers</source>
        <translation>Mostrar los valores de las cabeceras secretas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Añadir cabecera</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Quitar cabecera</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move header up</source>
        <translation>Subir cabecera</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move header down</source>
        <translation>Bajar cabecera</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>C&amp;uerpo</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>&amp;Tipo de contenido:</translation>
    </message>
    <message>
        <source>Body content type</source>
        <translation>Tipo de contenido del cuerpo</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form (urlencoded)</source>
        <translation>Formulario (urlencoded)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatear</translation>
    </message>
    <message>
        <source>Indent the JSON body (Ctrl+Shift+F)</source>
        <translation>Aplicar sangría al cuerpo JSON (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Format body</source>
        <translation>Formatear cuerpo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>&amp;Mapping</source>
        <translation>Asi&amp;gnación</translation>
    </message>
    <message>
        <source>Each {{variable}} of the templates and where its value comes from. Drop a field from the palette on a row to map that variable, or choose the source and field here.</source>
        <translation>Cada {{variable}} de las plantillas y de dónde procede su valor. Arrastre un campo de la paleta a una fila para asignar esa variable, o elija aquí la fuente y el campo.</translation>
    </message>
    <message>
        <source>Variable mapping</source>
        <translation>Asignación de variables</translation>
    </message>
    <message>
        <source>Remove &amp;Unused Mappings</source>
        <translation>&amp;Quitar asignaciones sin usar</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Entrega</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeouts and retries&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tiempos de espera y reintentos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attempt &amp;timeout:</source>
        <translation>&amp;Tiempo de espera por intento:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Attempt timeout in seconds</source>
        <translation>Tiempo de espera por intento, en segundos</translation>
    </message>
    <message>
        <source>&amp;Retry limit:</source>
        <translation>&amp;Límite de reintentos:</translation>
    </message>
    <message>
        <source> retries</source>
        <translation> reintentos</translation>
    </message>
    <message>
        <source>Retry limit</source>
        <translation>Límite de reintentos</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>Tiempo de espera t&amp;otal:</translation>
    </message>
    <message>
        <source>Total timeout in seconds</source>
        <translation>Tiempo de espera total, en segundos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waits between attempts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esperas entre intentos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>First &amp;wait:</source>
        <translation>&amp;Primera espera:</translation>
    </message>
    <message>
        <source>Wait before the first retry in seconds</source>
        <translation>Espera antes del primer reintento, en segundos</translation>
    </message>
    <message>
        <source>Wait &amp;growth:</source>
        <translation>Factor de c&amp;recimiento:</translation>
    </message>
    <message>
        <source>Backoff multiplier</source>
        <translation>Multiplicador de la espera entre intentos</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>&amp;Longest wait:</source>
        <translation>Espera &amp;máxima:</translation>
    </message>
    <message>
        <source>Longest wait in seconds</source>
        <translation>Espera máxima, en segundos</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>Variación (&amp;jitter):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Jitter in percent</source>
        <translation>Variación aleatoria (jitter), en porcentaje</translation>
    </message>
    <message>
        <source>Each wait is shortened by a random amount of up to this much</source>
        <translation>Cada espera se acorta en una cantidad aleatoria de hasta este porcentaje</translation>
    </message>
    <message>
        <source>Delivery schedule</source>
        <translation>Programación de la entrega</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing and TLS&lt;/b&gt;</source>
        <translation>&lt;b&gt;Firma y TLS&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Signing:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Standard Webhooks (HMAC-SHA256)</source>
        <translation>Standard Webhooks (HMAC-SHA256)</translation>
    </message>
    <message>
        <source>Signing s&amp;ecret:</source>
        <translation>Secreto &amp;de firma:</translation>
    </message>
    <message>
        <source>Signing secret reference</source>
        <translation>Referencia al secreto de firma</translation>
    </message>
    <message>
        <source>${SIGNING_SECRET}</source>
        <translation>${SIGNING_SECRET}</translation>
    </message>
    <message>
        <source>A ${NAME} reference to a whsec_ secret kept outside the file</source>
        <translation>Una referencia ${NAME} a un secreto whsec_ guardado fuera del archivo</translation>
    </message>
    <message>
        <source>Accept &amp;invalid TLS certificates (self-signed, expired, wrong host)</source>
        <translation>Aceptar certificados TLS &amp;inválidos (autofirmados, caducados o de otro host)</translation>
    </message>
    <message>
        <source>Never for production: anyone on the network path could read and change the requests</source>
        <translation>Nunca en producción: cualquiera en la ruta de red podría leer y modificar las solicitudes</translation>
    </message>
    <message>
        <source>&amp;Success</source>
        <translation>É&amp;xito</translation>
    </message>
    <message>
        <source>Expected status:</source>
        <translation>Estado esperado:</translation>
    </message>
    <message>
        <source>Any &amp;2xx</source>
        <translation>Cualquier &amp;2xx</translation>
    </message>
    <message>
        <source>E&amp;xactly</source>
        <translation>Exac&amp;tamente</translation>
    </message>
    <message>
        <source>Expected status code</source>
        <translation>Código de estado esperado</translation>
    </message>
    <message>
        <source>Response &amp;key:</source>
        <translation>C&amp;lave de respuesta:</translation>
    </message>
    <message>
        <source>Response key</source>
        <translation>Clave de respuesta</translation>
    </message>
    <message>
        <source>optional, e.g. ok or data.accepted or items.0.ok</source>
        <translation>opcional; p. ej., ok, data.accepted o items.0.ok</translation>
    </message>
    <message>
        <source>Expected &amp;value:</source>
        <translation>Valor es&amp;perado:</translation>
    </message>
    <message>
        <source>Expected value of the response key</source>
        <translation>Valor esperado de la clave de respuesta</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>Success condition</source>
        <translation>Condición de éxito</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>E&amp;ventos</translation>
    </message>
    <message>
        <source>The webhook is sent when any of the checked events happens.</source>
        <translation>El webhook se envía cuando ocurre cualquiera de los eventos marcados.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Rename Webhook</source>
        <translation>Cambiar nombre del webhook</translation>
    </message>
    <message>
        <source>Enable Webhook</source>
        <translation>Activar webhook</translation>
    </message>
    <message>
        <source>Disable Webhook</source>
        <translation>Desactivar webhook</translation>
    </message>
    <message>
        <source>Change Method</source>
        <translation>Cambiar método</translation>
    </message>
    <message>
        <source>Edit URL</source>
        <translation>Editar URL</translation>
    </message>
    <message>
        <source>Edit Body</source>
        <translation>Editar cuerpo</translation>
    </message>
    <message>
        <source>Change Content Type</source>
        <translation>Cambiar tipo de contenido</translation>
    </message>
    <message>
        <source>Change Attempt Timeout</source>
        <translation>Cambiar tiempo de espera por intento</translation>
    </message>
    <message>
        <source>Change Total Timeout</source>
        <translation>Cambiar tiempo de espera total</translation>
    </message>
    <message>
        <source>Change Retry Limit</source>
        <translation>Cambiar límite de reintentos</translation>
    </message>
    <message>
        <source>Change Backoff</source>
        <translation>Cambiar espera entre intentos</translation>
    </message>
    <message>
        <source>Accept Invalid Certificates</source>
        <translation>Aceptar certificados no válidos</translation>
    </message>
    <message>
        <source>Verify Certificates</source>
        <translation>Verificar certificados</translation>
    </message>
    <message>
        <source>Change Signing</source>
        <translation>Cambiar firma</translation>
    </message>
    <message>
        <source>Edit Signing Secret</source>
        <translation>Editar secreto de firma</translation>
    </message>
    <message>
        <source>Change Expected Status</source>
        <translation>Cambiar estado esperado</translation>
    </message>
    <message>
        <source>Edit Response Key</source>
        <translation>Editar clave de respuesta</translation>
    </message>
    <message>
        <source>Change Expected Value</source>
        <translation>Cambiar valor esperado</translation>
    </message>
    <message>
        <source>%1 requests normally have no body; many servers drop it. Clear it unless your receiver expects one.</source>
        <translation>Las solicitudes %1 no suelen llevar cuerpo y muchos servidores lo descartan. Vacíelo, salvo que su receptor espere uno.</translation>
    </message>
    <message>
        <source>%1 requests carry no body. Put the event&apos;s data in the URL with {{variables}}, or choose POST or PUT.</source>
        <translation>Las solicitudes %1 no llevan cuerpo. Incluya los datos del evento en la URL con {{variables}} o elija POST o PUT.</translation>
    </message>
    <message>
        <source>any 2xx status</source>
        <translation>cualquier estado 2xx</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>el estado %1</translation>
    </message>
    <message>
        <source>Delivered on %1. Redirects count as failures.</source>
        <translation>Se considera entregado con %1. Las redirecciones cuentan como fallos.</translation>
    </message>
    <message>
        <source>Delivered on %1 when the JSON response holds %2 at &quot;%3&quot;.</source>
        <translation>Se considera entregado con %1 si la respuesta JSON contiene %2 en &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Format Body</source>
        <translation>Formatear cuerpo</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>Insertar %1</translation>
    </message>
    <message>
        <source>Empty with JSON: POST and PUT send the standard event envelope {&quot;event&quot;, &quot;event_id&quot;, &quot;timestamp&quot;, &quot;data&quot;}. Empty with form or text: an empty body.</source>
        <translation>Vacío con JSON: POST y PUT envían el sobre de evento estándar {&quot;event&quot;, &quot;event_id&quot;, &quot;timestamp&quot;, &quot;data&quot;}. Vacío con formulario o texto: un cuerpo vacío.</translation>
    </message>
</context>
<context>
    <name>WebhookListController</name>
    <message>
        <source>New webhook</source>
        <translation>Nuevo webhook</translation>
    </message>
    <message>
        <source>Add Webhook</source>
        <translation>Añadir webhook</translation>
    </message>
    <message>
        <source>Duplicate Webhook</source>
        <translation>Duplicar webhook</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo brings it back (%2).</source>
        <translation>Se eliminó &quot;%1&quot;. Puede recuperarlo con Deshacer (%2).</translation>
    </message>
    <message>
        <source>Move Webhook</source>
        <translation>Mover webhook</translation>
    </message>
</context>
<context>
    <name>WebhookListModel</name>
    <message>
        <source>%1 %2
Events: %3%4</source>
        <translation>%1 %2
Eventos: %3%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Disabled: never sent.</source>
        <translation>Desactivado: nunca se envía.</translation>
    </message>
    <message>
        <source>Enabled webhook</source>
        <translation>Webhook activado</translation>
    </message>
    <message>
        <source>Disabled webhook</source>
        <translation>Webhook desactivado</translation>
    </message>
    <message>
        <source>Rename Webhook</source>
        <translation>Cambiar nombre del webhook</translation>
    </message>
    <message>
        <source>Enable Webhook</source>
        <translation>Activar webhook</translation>
    </message>
    <message>
        <source>Disable Webhook</source>
        <translation>Desactivar webhook</translation>
    </message>
</context>
<context>
    <name>WebhookSelection</name>
    <message>
        <source>The webhook, by name.</source>
        <translation>El webhook, por su nombre.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The event, e.g. call.ended.</source>
        <translation>El evento; p. ej., call.ended.</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <source>A JSON file of sample values that replace the campaign&apos;s, e.g. {&quot;callLog&quot;: {&quot;duration_seconds&quot;: 61}, &quot;contactFields&quot;: {...}}.</source>
        <translation>Un archivo JSON de valores de ejemplo que sustituyen a los de la campaña; p. ej., {&quot;callLog&quot;: {&quot;duration_seconds&quot;: 61}, &quot;contactFields&quot;: {...}}.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>What {{local_receiver}} stands for: the base URL of a running local receiver (default %1).</source>
        <translation>Valor de {{local_receiver}}: la URL base de un receptor local en ejecución (predeterminado: %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The campaign file.</source>
        <translation>El archivo de campaña.</translation>
    </message>
    <message>
        <source>%1: name one FILE, --webhook NAME and --event EVENT.</source>
        <translation>%1: indique un ARCHIVO, --webhook NOMBRE y --event EVENTO.</translation>
    </message>
    <message>
        <source>%1: --receiver: &quot;%2&quot; is not an http:// or https:// URL.</source>
        <translation>%1: --receiver: &quot;%2&quot; no es una URL http:// ni https://.</translation>
    </message>
    <message>
        <source>%1: no webhook is named &quot;%2&quot;; the campaign has: %3.</source>
        <translation>%1: ningún webhook se llama &quot;%2&quot;; la campaña tiene: %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an event; run &quot;webhook-studio-cli events&quot;.</source>
        <translation>%1: &quot;%2&quot; no es un evento; ejecute &quot;webhook-studio-cli events&quot;.</translation>
    </message>
    <message>
        <source>%1: note: &quot;%2&quot; is not subscribed to %3; going ahead anyway.</source>
        <translation>%1: nota: &quot;%2&quot; no está suscrito a %3; se continúa de todos modos.</translation>
    </message>
    <message>
        <source>Expected a JSON object of sample values.</source>
        <translation>Se esperaba un objeto JSON de valores de ejemplo.</translation>
    </message>
    <message>
        <source>A real body of the event (JSON, &quot;-&quot; for standard input) to use as its sample, as the app&apos;s own payloads: its fields are mappable as event_payload fields, its call, contact and outcome values replace the campaign&apos;s.</source>
        <translation>Un cuerpo real del evento (JSON, «-» para la entrada estándar) que usar como su muestra, como los payloads propios de la app: sus campos se pueden asignar como campos event_payload y sus valores de llamada, contacto y resultados sustituyen a los de la campaña.</translation>
    </message>
    <message>
        <source>This value looks like a secret; it is replaced by %1.</source>
        <translation>Este valor parece un secreto; se sustituye por %1.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, test and export campaign webhooks.</source>
        <translation>Diseñe, pruebe y exporte los webhooks de sus campañas.</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>Colores: system, light o dark.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <source>A campaign file (*.webhooks.json) to open.</source>
        <translation>Un archivo de campaña (*.webhooks.json) que se abrirá.</translation>
    </message>
</context>
</TS>
