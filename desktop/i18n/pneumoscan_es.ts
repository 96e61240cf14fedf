<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>, made %1</source>
            <translation>, creado el %1</translation>
        </message>
        <message>
            <source>&lt;br/&gt;Bundle identity (sha256 of bundle.json, covering every file and decision parameter):&lt;br/&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br/&gt;Operating point: </source>
            <translation>&lt;br/&gt;Identidad del paquete (sha256 de bundle.json, que abarca cada archivo y cada parámetro de decisión):&lt;br/&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br/&gt;Punto de funcionamiento: </translation>
        </message>
        <message>
            <source>site profile %1, identity &lt;code&gt;%2&lt;/code&gt;</source>
            <translation>perfil del centro %1, identidad &lt;code&gt;%2&lt;/code&gt;</translation>
        </message>
        <message>
            <source>the model's own (no site profile)</source>
            <translation>el propio del modelo (sin perfil del centro)</translation>
        </message>
        <message>
            <source>no model installed</source>
            <translation>ningún modelo instalado</translation>
        </message>
        <message>
            <source>installed build</source>
            <translation>versión instalada</translation>
        </message>
        <message>
            <source>run from source</source>
            <translation>ejecutado desde el código fuente</translation>
        </message>
        <message>
            <source>&lt;br/&gt;&lt;b&gt;Local support:&lt;/b&gt; %1</source>
            <translation>&lt;br/&gt;&lt;b&gt;Soporte local:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Pneumoscan %1&lt;/h3&gt;&lt;p&gt;Decision support for reading pediatric chest X-rays (NORMAL / PNEUMONIA).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Pneumoscan %1&lt;/h3&gt;&lt;p&gt;Apoyo a la decisión para la lectura de radiografías de tórax pediátricas (NORMAL / NEUMONÍA).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Manufacturer:&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;Contact:&lt;/b&gt; %2%3&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Fabricante:&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;Contacto:&lt;/b&gt; %2%3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Model:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Modelo:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Software:&lt;/b&gt; %1 (%2)&lt;br/&gt;&lt;b&gt;Inference:&lt;/b&gt; %3&lt;br/&gt;&lt;b&gt;Log folder:&lt;/b&gt; %4&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Software:&lt;/b&gt; %1 (%2)&lt;br/&gt;&lt;b&gt;Inferencia:&lt;/b&gt; %3&lt;br/&gt;&lt;b&gt;Carpeta de registros:&lt;/b&gt; %4&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not loaded</source>
            <translation>no cargada</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Risks that remain&lt;/b&gt; (the hazard log, %1 in the source, ties every known hazard to its control and its test):&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Riesgos que persisten&lt;/b&gt; (el registro de peligros, %1 en el código fuente, vincula cada peligro conocido con su medida de control y su prueba):&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Readings cannot be recorded</source>
            <translation>No se pueden registrar lecturas</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Ficha del modelo</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>About Pneumoscan</source>
            <translation>Acerca de Pneumoscan</translation>
        </message>
        <message>
            <source>Reader: %1</source>
            <translation>Lector: %1</translation>
        </message>
        <message>
            <source>No images received yet</source>
            <translation>Aún no se han recibido imágenes</translation>
        </message>
        <message>
            <source>The DICOM node's store (%1) is empty: turn the node on in Analyse ▸ DICOM node… and send images to it.</source>
            <translation>La carpeta de almacenamiento del nodo DICOM (%1) está vacía: active el nodo en Análisis ▸ Nodo DICOM… y envíele imágenes.</translation>
        </message>
        <message>
            <source>The audit log is not being written</source>
            <translation>No se está escribiendo el registro de auditoría</translation>
        </message>
        <message>
            <source>Pneumoscan could not write its audit log (%1): results and exports since then are not recorded in it. Free some disk space or ask for write access to the folder, then restart Pneumoscan.</source>
            <translation>Pneumoscan no pudo escribir su registro de auditoría (%1): los resultados y las exportaciones posteriores no quedan registrados en él. Libere espacio en disco o solicite permiso de escritura en la carpeta y, a continuación, reinicie Pneumoscan.</translation>
        </message>
        <message>
            <source>Audit log: %1</source>
            <translation>Registro de auditoría: %1</translation>
        </message>
        <message>
            <source>Pneumoscan: %1 failed</source>
            <translation>Pneumoscan: falló %1</translation>
        </message>
        <message>
            <source>Details are in the log folder (%1).</source>
            <translation>Los detalles están en la carpeta de registros (%1).</translation>
        </message>
        <message>
            <source>Settings changed: %1 result(s) are being decided again under them (from the stored model outputs where possible).</source>
            <translation>La configuración cambió: se están volviendo a decidir %1 resultado(s) con la nueva configuración (a partir de las salidas del modelo guardadas, cuando es posible).</translation>
        </message>
        <message>
            <source>The new settings apply when the running batch finishes; its results are then decided again under them.</source>
            <translation>La nueva configuración se aplicará cuando termine el lote en curso; entonces sus resultados se volverán a decidir con ella.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>All entries</source>
            <translation>Todas las entradas</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>Lecturas</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Exports and reports</source>
            <translation>Exportaciones e informes</translation>
        </message>
        <message>
            <source>Model, settings, site profile and readers</source>
            <translation>Modelo, configuración, perfil del centro y lectores</translation>
        </message>
        <message>
            <source>&lt;p&gt;Audit log: %1 (newest first, %2 entries shown)&lt;/p&gt;</source>
            <translation>&lt;p&gt;Registro de auditoría: %1 (las más recientes primero; %2 entradas mostradas)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>time (local)</source>
            <translation>hora (local)</translation>
        </message>
        <message>
            <source>account</source>
            <translation>cuenta</translation>
        </message>
        <message>
            <source>what</source>
            <translation>qué</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
    </context>
    <context>
        <name>BatchController</name>
        <message>
            <source>%1 of the %2 image(s) asked for are being analysed now; the others already have results at the settings in force.</source>
            <translation>Se están analizando ahora %1 de las imágenes solicitadas (%2); las demás ya tienen resultados con la configuración vigente.</translation>
        </message>
        <message>
            <source>Nothing to analyse: the %1 image(s) asked for already have results at the settings in force (files that are not images cannot be analysed).</source>
            <translation>Nada que analizar: las imágenes solicitadas (%1) ya tienen resultados con la configuración vigente (los archivos que no son imágenes no se pueden analizar).</translation>
        </message>
        <message>
            <source>No images to analyse.</source>
            <translation>No hay imágenes que analizar.</translation>
        </message>
        <message>
            <source>%1 image(s) queued: they are analysed when the current batch or the model loading finishes.</source>
            <translation>Imágenes en cola: %1. Se analizarán cuando termine el lote actual o la carga del modelo.</translation>
        </message>
        <message>
            <source>%1 img/s, about %2 s left</source>
            <translation>%1 img/s, quedan unos %2 s</translation>
        </message>
    </context>
    <context>
        <name>BatchSummary</name>
        <message>
            <source>&lt;br/&gt;%1 other file(s) in the folder are not images (filter: %2).</source>
            <translation>&lt;br/&gt;Otros archivos de la carpeta que no son imágenes: %1 (filtro: %2).</translation>
        </message>
        <message>
            <source>&lt;br/&gt;Readings: </source>
            <translation>&lt;br/&gt;Lecturas: </translation>
        </message>
        <message>
            <source>&lt;br/&gt;&lt;b&gt;In the list: %1, %2&lt;/b&gt; &amp;nbsp;</source>
            <translation>&lt;br/&gt;&lt;b&gt;En la lista: %1, %2&lt;/b&gt; &amp;nbsp;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Batch cancelled:&lt;/b&gt; %1 of %2 images in %3 s (%4 images/s)&lt;br/&gt;</source>
            <translation>&lt;b&gt;Lote cancelado:&lt;/b&gt; %1 de %2 imágenes en %3 s (%4 imágenes/s)&lt;br/&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Batch finished:&lt;/b&gt; %1 of %2 images in %3 s (%4 images/s)&lt;br/&gt;</source>
            <translation>&lt;b&gt;Lote terminado:&lt;/b&gt; %1 de %2 imágenes en %3 s (%4 imágenes/s)&lt;br/&gt;</translation>
        </message>
    </context>
    <context>
        <name>BatchSummaryWidget</name>
        <message>
            <source>Dismiss the batch summary</source>
            <translation>Cerrar el resumen del lote</translation>
        </message>
    </context>
    <context>
        <name>BundleSession</name>
        <message>
            <source>No model installed — images can be opened and viewed, not analysed.</source>
            <translation>No hay ningún modelo instalado — las imágenes se pueden abrir y ver, pero no analizar.</translation>
        </message>
        <message>
            <source>Model problem</source>
            <translation>Problema con el modelo</translation>
        </message>
        <message>
            <source>The installed model cannot be used (see message).</source>
            <translation>El modelo instalado no se puede usar (vea el mensaje).</translation>
        </message>
        <message>
            <source>Site profile not used</source>
            <translation>Perfil del centro no utilizado</translation>
        </message>
        <message>
            <source>%1 The model's own operating point is used.</source>
            <translation>%1 Se usa el punto de funcionamiento propio del modelo.</translation>
        </message>
        <message>
            <source>Waiting for you to confirm the model bundle…</source>
            <translation>Esperando a que confirme el paquete del modelo…</translation>
        </message>
        <message>
            <source>The model bundle was not trusted — images can be viewed, not analysed.</source>
            <translation>El paquete del modelo no se aceptó como de confianza — las imágenes se pueden ver, pero no analizar.</translation>
        </message>
        <message>
            <source>Loading model %1…</source>
            <translation>Cargando el modelo %1…</translation>
        </message>
        <message>
            <source>loading the model</source>
            <translation>la carga del modelo</translation>
        </message>
        <message>
            <source>Model could not be loaded — images can still be viewed.</source>
            <translation>No se pudo cargar el modelo — las imágenes se pueden seguir viendo.</translation>
        </message>
        <message>
            <source>  — RELAXED input checks: %1</source>
            <translation>  — comprobaciones de la imagen RELAJADAS: %1</translation>
        </message>
        <message>
            <source>Model %1 ready on %2</source>
            <translation>Modelo %1 listo en %2</translation>
        </message>
    </context>
    <context>
        <name>ClinicianController</name>
        <message>
            <source>Open and select an image first.</source>
            <translation>Primero abra y seleccione una imagen.</translation>
        </message>
        <message>
            <source>This file changed since it was analysed: analyse it again before recording a reading.</source>
            <translation>Este archivo cambió desde que se analizó: analícelo de nuevo antes de registrar una lectura.</translation>
        </message>
        <message>
            <source>The image is still being shown: try again in a moment.</source>
            <translation>La imagen todavía se está mostrando: vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>Only an analysed image's result can be read here.</source>
            <translation>Aquí solo se puede leer el resultado de una imagen analizada.</translation>
        </message>
        <message>
            <source>Saved: %1 (%2), %3. Undo: Ctrl+Z.</source>
            <translation>Lectura guardada: %1 (%2), %3. Deshacer: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Saved your reading %1 of %2 (%3) by %4.</source>
            <translation>Se guardó su lectura %1 de la imagen %2 (%3), registrada por %4.</translation>
        </message>
        <message>
            <source>Not yours to undo</source>
            <translation>No le corresponde deshacerla</translation>
        </message>
        <message>
            <source>Not yours to clear</source>
            <translation>No le corresponde borrarla</translation>
        </message>
        <message>
            <source>This was recorded by %1. Only %1 can undo it: choose %1 as the reader (Reading &gt; Who is reading...). You can record your own reading instead; both stay in the history.</source>
            <translation>Esto lo registró %1. Solo %1 puede deshacerlo: elija a %1 como lector (Lectura &gt; Quién lee...). En su lugar, puede registrar su propia lectura; ambas quedan en el historial.</translation>
        </message>
        <message>
            <source>This was recorded by %1. Only %1 can clear it: choose %1 as the reader (Reading &gt; Who is reading...). You can record your own reading instead; both stay in the history.</source>
            <translation>Esto lo registró %1. Solo %1 puede borrarlo: elija a %1 como lector (Lectura &gt; Quién lee...). En su lugar, puede registrar su propia lectura; ambas quedan en el historial.</translation>
        </message>
        <message>
            <source>The note could not be kept as a draft: %1</source>
            <translation>No se pudo conservar la nota como borrador: %1</translation>
        </message>
        <message>
            <source>Undone: the reading is %1 again.</source>
            <translation>Deshecho: la lectura vuelve a ser %1.</translation>
        </message>
        <message>
            <source>Undone: this image has no reading now.</source>
            <translation>Deshecho: esta imagen ya no tiene lectura.</translation>
        </message>
        <message>
            <source>Cleared: this image has no reading now (Undo brings it back).</source>
            <translation>Borrada: esta imagen ya no tiene lectura (Deshacer la recupera).</translation>
        </message>
        <message>
            <source> The note is kept as a draft.</source>
            <translation> La nota se conserva como borrador.</translation>
        </message>
        <message>
            <source>Your reading was NOT saved</source>
            <translation>Su lectura NO se guardó</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No se guardó: %1</translation>
        </message>
        <message>
            <source>The note is kept as a draft: record your reading (NORMAL, PNEUMONIA or Unsure) to save it with the reading.</source>
            <translation>La nota se conserva como borrador: registre su lectura (NORMAL, NEUMONÍA o No estoy seguro) para guardarla con la lectura.</translation>
        </message>
        <message>
            <source>The draft note could not be kept: %1</source>
            <translation>No se pudo conservar el borrador de la nota: %1</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Nada que imprimir</translation>
        </message>
        <message>
            <source>Analyse images first.</source>
            <translation>Primero analice las imágenes.</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Guardar el informe como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report</source>
            <translation>El informe</translation>
        </message>
        <message>
            <source>Printing %1 page(s)…</source>
            <translation>Imprimiendo %1 página(s)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Imprimir el informe</translation>
        </message>
        <message>
            <source>printing the report</source>
            <translation>la impresión del informe</translation>
        </message>
        <message>
            <source>Report cancelled: no file was written.</source>
            <translation>Informe cancelado: no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>Report of %1 written to %2</source>
            <translation>Informe de %1 guardado en %2</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Informe guardado en %1</translation>
        </message>
        <message>
            <source>site calibration</source>
            <translation>la calibración para el centro</translation>
        </message>
        <message>
            <source>Site calibration</source>
            <translation>Calibración para el centro</translation>
        </message>
        <message>
            <source>Calibrate to this clinic</source>
            <translation>Calibrar para este centro</translation>
        </message>
    </context>
    <context>
        <name>ColourLegendWidget</name>
        <message>
            <source>weak</source>
            <translation>débil</translation>
        </message>
        <message>
            <source>opacity %1</source>
            <translation>opacidad %1</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>fuerte</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n study(-ies)</source>
            <translation>
                <numerusform>%n estudio</numerusform>
                <numerusform>%n estudios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n imagen</numerusform>
                <numerusform>%n imágenes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n elemento</numerusform>
                <numerusform>%n elementos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overlay(s)</source>
            <translation>
                <numerusform>%n mapa de calor superpuesto</numerusform>
                <numerusform>%n mapas de calor superpuestos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages (a summary, then one page per image)</source>
            <translation>
                <numerusform>%n página (un resumen y luego una página por imagen)</numerusform>
                <numerusform>%n páginas (un resumen y luego una página por imagen)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>⚑ RELAXED input check (settings): %1</source>
            <translation>⚑ Comprobación de la imagen RELAJADA (configuración): %1</translation>
        </message>
        <message>
            <source>Decision support only — the clinician reads the image and decides.</source>
            <translation>Solo apoyo a la decisión — el profesional clínico lee la imagen y decide.</translation>
        </message>
        <message>
            <source>Model result</source>
            <translation>Resultado del modelo</translation>
        </message>
        <message>
            <source>Your reading</source>
            <translation>Su lectura</translation>
        </message>
        <message>
            <source>Unsure</source>
            <translation>No estoy seguro</translation>
        </message>
        <message>
            <source>Record your own reading of this image: %1 (%2). Saved at once, with your name; Undo (Ctrl+Z) takes it back.</source>
            <translation>Registrar su propia lectura de esta imagen: %1 (%2). Se guarda al instante, con su nombre; Deshacer (Ctrl+Z) la retira.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo your last act on this image's reading (Ctrl+Z); recorded in the audit log</source>
            <translation>Deshacer su última acción sobre la lectura de esta imagen (Ctrl+Z); queda en el registro de auditoría</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Withdraw the reading of this image (recorded in the audit log)</source>
            <translation>Retirar la lectura de esta imagen (queda en el registro de auditoría)</translation>
        </message>
        <message>
            <source>Note (Alt+N; Enter saves it with your reading):</source>
            <translation>Nota (Alt+N; Intro la guarda con su lectura):</translation>
        </message>
        <message>
            <source>Your note on this image</source>
            <translation>Su nota sobre esta imagen</translation>
        </message>
        <message>
            <source>Image and model</source>
            <translation>Imagen y modelo</translation>
        </message>
        <message>
            <source>No reading yet: record yours (Ctrl+Shift+N / P / U).</source>
            <translation>Aún no hay lectura: registre la suya (Ctrl+Mayús+N / P / U).</translation>
        </message>
        <message>
            <source>&lt;br/&gt;Note: %1</source>
            <translation>&lt;br/&gt;Nota: %1</translation>
        </message>
        <message>
            <source>Your reading: &lt;b&gt;%1&lt;/b&gt; (%2) — saved by %3, %4</source>
            <translation>Su lectura: &lt;b&gt;%1&lt;/b&gt; (%2) — guardada por %3, %4</translation>
        </message>
        <message>
            <source>&lt;span style='color:#a05000'&gt;&lt;b&gt;Read again:&lt;/b&gt; the reading %1 by %2 (%3) was made on an earlier result (%4). The result has changed since (another operating point, model or setting): record your reading of this result.&lt;/span&gt;</source>
            <translation>&lt;span style='color:#a05000'&gt;&lt;b&gt;Vuelva a leer:&lt;/b&gt; la lectura %1 de %2 (%3) se hizo sobre un resultado anterior (%4). El resultado ha cambiado desde entonces (otro punto de funcionamiento, modelo o ajuste): registre su lectura de este resultado.&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Draft note, kept with this image: it is saved with your reading (record one, or press Enter to save it with the reading you made).</source>
            <translation>Borrador de nota, guardado con esta imagen: se guarda con su lectura (registre una, o pulse Intro para guardarla con la lectura hecha).</translation>
        </message>
        <message>
            <source>… being analysed again</source>
            <translation>… analizándose de nuevo</translation>
        </message>
        <message>
            <source>The operating point, model or settings changed: this image is analysed again. Its earlier result is not shown, so that no number mixes two operating points.</source>
            <translation>Cambió el punto de funcionamiento, el modelo o la configuración: esta imagen se analiza de nuevo. Su resultado anterior no se muestra, para que ninguna cifra mezcle dos puntos de funcionamiento.</translation>
        </message>
        <message>
            <source>— not analysed</source>
            <translation>— no analizada</translation>
        </message>
        <message>
            <source>Changed since it was analysed</source>
            <translation>Cambiado desde que se analizó</translation>
        </message>
        <message>
            <source>No score: the input check withheld it. Why:</source>
            <translation>Sin puntuación: la comprobación de la imagen la retuvo. Por qué:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>%1 x %2 px</source>
            <translation>%1 x %2 px</translation>
        </message>
        <message>
            <source>Bit depth</source>
            <translation>Profundidad de bits</translation>
        </message>
        <message>
            <source>Window (file)</source>
            <translation>Ventana (archivo)</translation>
        </message>
        <message>
            <source>Raw score (audit only)</source>
            <translation>Puntuación bruta (solo para auditoría)</translation>
        </message>
        <message>
            <source>Out-of-distribution score</source>
            <translation>Puntuación fuera de distribución</translation>
        </message>
        <message>
            <source>Adult-appearance score</source>
            <translation>Puntuación de aspecto adulto</translation>
        </message>
        <message>
            <source>Relaxed checks (settings)</source>
            <translation>Comprobaciones relajadas (configuración)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Bundle identity</source>
            <translation>Identidad del paquete</translation>
        </message>
        <message>
            <source>Site profile</source>
            <translation>Perfil del centro</translation>
        </message>
        <message>
            <source>none (the model's own operating point)</source>
            <translation>ninguno (el punto de funcionamiento propio del modelo)</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Dispositivo de cálculo</translation>
        </message>
    </context>
    <context>
        <name>DicomNodeDialog</name>
        <message>
            <source>&lt;p&gt;With the node on, the X-ray unit sends images straight to Pneumoscan: enter this workstation's &lt;b&gt;AE title&lt;/b&gt;, its &lt;b&gt;IP address&lt;/b&gt; and the &lt;b&gt;port&lt;/b&gt; below as a DICOM destination on the unit. Each image is kept in the store folder and analysed at once; it appears at the top of the study list, with its study.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What leaves this workstation:&lt;/b&gt; nothing, unless &lt;b&gt;Send results to&lt;/b&gt; names a destination. Then, for each analysed image, a picture of the result (the image, heatmap, result and score burned in) and a structured report go to that one destination -- marked as decision support, not for diagnosis -- and a reading you record is sent again as a verified report with your name. Nothing is sent anywhere else.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Con el nodo activado, el equipo de rayos X envía las imágenes directamente a Pneumoscan: introduzca en el equipo, como destino DICOM, el &lt;b&gt;título AE&lt;/b&gt; de este puesto de trabajo, su &lt;b&gt;dirección IP&lt;/b&gt; y el &lt;b&gt;puerto&lt;/b&gt; que figuran abajo. Cada imagen se guarda en la carpeta de almacenamiento y se analiza de inmediato; aparece al principio de la lista de estudios, con su estudio.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qué sale de este puesto de trabajo:&lt;/b&gt; nada, salvo que &lt;b&gt;Enviar resultados a&lt;/b&gt; indique un destino. En ese caso, por cada imagen analizada, se envían a ese único destino una imagen del resultado (con la imagen, el mapa de calor, el resultado y la puntuación incrustados) y un informe estructurado -- marcados como apoyo a la decisión, no para diagnóstico --, y cada lectura que usted registre se vuelve a enviar como informe verificado con su nombre. No se envía nada a ningún otro lugar.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>DICOM node</source>
            <translation>Nodo DICOM</translation>
        </message>
        <message>
            <source>Receive images from the X-ray unit (DICOM node)</source>
            <translation>Recibir imágenes del equipo de rayos X (nodo DICOM)</translation>
        </message>
        <message>
            <source>0.0.0.0: every network connection of this computer (the X-ray unit can reach it); 127.0.0.1: this computer only (for testing)</source>
            <translation>0.0.0.0: todas las conexiones de red de esta computadora (el equipo de rayos X puede llegar a ella); 127.0.0.1: solo esta computadora (para pruebas)</translation>
        </message>
        <message>
            <source>This computer's address for the X-ray unit: %1</source>
            <translation>Dirección de esta computadora para el equipo de rayos X: %1</translation>
        </message>
        <message>
            <source>no network address found (is the network cable connected?)</source>
            <translation>no se encontró ninguna dirección de red (¿está conectado el cable de red?)</translation>
        </message>
        <message>
            <source>any sender (or e.g. XRAY1, XRAY2)</source>
            <translation>cualquier remitente (o p. ej. XRAY1, XRAY2)</translation>
        </message>
        <message>
            <source>nothing is sent (or e.g. PACS@192.168.1.20:104)</source>
            <translation>no se envía nada (o p. ej. PACS@192.168.1.20:104)</translation>
        </message>
        <message>
            <source>no folder is watched</source>
            <translation>no se vigila ninguna carpeta</translation>
        </message>
        <message>
            <source>Test the destination</source>
            <translation>Probar el destino</translation>
        </message>
        <message>
            <source>Send a DICOM echo (C-ECHO) to the destination and say whether it answers</source>
            <translation>Enviar un eco DICOM (C-ECHO) al destino e indicar si responde</translation>
        </message>
        <message>
            <source>AE title</source>
            <translation>Título AE</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <source>Listen on</source>
            <translation>Escuchar en</translation>
        </message>
        <message>
            <source>Only from (AE titles)</source>
            <translation>Solo desde (títulos AE)</translation>
        </message>
        <message>
            <source>Store received images in</source>
            <translation>Guardar las imágenes recibidas en</translation>
        </message>
        <message>
            <source>Send results to</source>
            <translation>Enviar resultados a</translation>
        </message>
        <message>
            <source>Also watch this folder</source>
            <translation>Vigilar también esta carpeta</translation>
        </message>
        <message>
            <source>Not running: %1</source>
            <translation>No está en funcionamiento: %1</translation>
        </message>
        <message>
            <source>Asking %1…</source>
            <translation>Consultando a %1…</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>%1 days</source>
            <translation>%1 días</translation>
        </message>
        <message>
            <source>%1 day</source>
            <translation>%1 día</translation>
        </message>
        <message>
            <source>%1 weeks</source>
            <translation>%1 semanas</translation>
        </message>
        <message>
            <source>%1 week</source>
            <translation>%1 semana</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 meses</translation>
        </message>
        <message>
            <source>%1 month</source>
            <translation>%1 mes</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>%1 años</translation>
        </message>
        <message>
            <source>%1 year</source>
            <translation>%1 año</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Age / sex</source>
            <translation>Edad / sexo</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Fecha del estudio</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Proyección</translation>
        </message>
        <message>
            <source>Laterality</source>
            <translation>Lateralidad</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>N.º de acceso</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>not in the file</source>
            <translation>no consta en el archivo</translation>
        </message>
        <message>
            <source> (from the dates)</source>
            <translation> (según las fechas)</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otro</translation>
        </message>
        <message>
            <source>age not recorded</source>
            <translation>edad no registrada</translation>
        </message>
        <message>
            <source>sex not recorded</source>
            <translation>sexo no registrado</translation>
        </message>
        <message>
            <source>A %1 file holds no patient name, ID or age:</source>
            <translation>Un archivo %1 no contiene nombre, ID ni edad del paciente:</translation>
        </message>
        <message>
            <source>check the file name and folder</source>
            <translation>compruebe el nombre del archivo y la carpeta</translation>
        </message>
    </context>
    <context>
        <name>Echo</name>
        <message>
            <source>%1 cannot be reached: %2</source>
            <translation>No se puede contactar con %1: %2</translation>
        </message>
        <message>
            <source>%1 refused the connection: add %2 to its known senders, and check its AE title.</source>
            <translation>%1 rechazó la conexión: añada %2 a sus remitentes conocidos y compruebe su título AE.</translation>
        </message>
        <message>
            <source>%1 does not answer: check the address and port, and that it is switched on.</source>
            <translation>%1 no responde: compruebe la dirección y el puerto, y que esté encendido.</translation>
        </message>
        <message>
            <source>%1 answers: results can be sent.</source>
            <translation>%1 responde: se pueden enviar los resultados.</translation>
        </message>
        <message>
            <source>%1 answered %2.</source>
            <translation>%1 respondió %2.</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>Nothing to export</source>
            <translation>Nada que exportar</translation>
        </message>
        <message>
            <source>Open and analyse images first.</source>
            <translation>Primero abra y analice imágenes.</translation>
        </message>
        <message>
            <source>Export the results of:</source>
            <translation>Exportar los resultados de:</translation>
        </message>
        <message>
            <source>

%1 image(s) in the list are not analysed yet: they are written with error_code not_analysed and no result. Export again when the analysis has finished.</source>
            <translation>

Imágenes de la lista aún sin analizar: %1. Se escriben con error_code not_analysed y sin resultado. Vuelva a exportar cuando haya terminado el análisis.</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exportar CSV</translation>
        </message>
        <message>
            <source>Export %1 as CSV</source>
            <translation>Exportar %1 como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>The CSV</source>
            <translation>El CSV</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>Sin modelo</translation>
        </message>
        <message>
            <source>Results can be exported once the model is loaded.</source>
            <translation>Los resultados se pueden exportar una vez cargado el modelo.</translation>
        </message>
        <message>
            <source>CSV export</source>
            <translation>la exportación CSV</translation>
        </message>
        <message>
            <source>No analysed images to export heatmaps for.</source>
            <translation>No hay imágenes analizadas cuyos mapas de calor se puedan exportar.</translation>
        </message>
        <message>
            <source>Export heatmap overlays</source>
            <translation>Exportar los mapas de calor superpuestos</translation>
        </message>
        <message>
            <source>Export the heatmap overlays of:</source>
            <translation>Exportar los mapas de calor superpuestos de:</translation>
        </message>
        <message>
            <source>Folder for the heatmap overlays of %1</source>
            <translation>Carpeta para los mapas de calor superpuestos de %1</translation>
        </message>
        <message>
            <source>The heatmap folder</source>
            <translation>La carpeta de mapas de calor</translation>
        </message>
        <message>
            <source>heatmap export</source>
            <translation>la exportación de mapas de calor</translation>
        </message>
        <message>
            <source>Exported %1 to %2</source>
            <translation>Exportado en %2: %1</translation>
        </message>
        <message>
            <source>Exported %1 (%2) to %3</source>
            <translation>Exportado en %3: %1 (%2)</translation>
        </message>
        <message>
            <source> — %1 of them not analysed yet</source>
            <translation> — %1 de ellas aún sin analizar</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message>
            <source>This is a %1 image, not a plain chest X-ray.</source>
            <translation>Es una imagen de %1, no una radiografía simple de tórax.</translation>
        </message>
        <message>
            <source>Modality %1; the model reads %2 radiographs only.</source>
            <translation>Modalidad %1; el modelo solo lee radiografías %2.</translation>
        </message>
        <message>
            <source>The file says the body part is %1, not the chest.</source>
            <translation>El archivo indica que la región anatómica es %1, no el tórax.</translation>
        </message>
        <message>
            <source>BodyPartExamined %1; the model reads chest X-rays only.</source>
            <translation>BodyPartExamined %1; el modelo solo lee radiografías de tórax.</translation>
        </message>
        <message>
            <source>This is a lateral view; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>Es una proyección lateral; el modelo solo lee radiografías de tórax en proyección frontal (AP/PA).</translation>
        </message>
        <message>
            <source>The view is %1; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>La proyección es %1; el modelo solo lee radiografías de tórax en proyección frontal (AP/PA).</translation>
        </message>
        <message>
            <source>ViewPosition %1.</source>
            <translation>ViewPosition %1.</translation>
        </message>
        <message>
            <source>The file says this is a lateral view; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>El archivo indica que es una proyección lateral; el modelo solo lee radiografías de tórax en proyección frontal (AP/PA).</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>The stated age (%1) is over %2 years.</source>
            <translation>La edad indicada (%1) supera los %2 años.</translation>
        </message>
        <message>
            <source>The patient's age in the file cannot be right, so it cannot be checked.</source>
            <translation>La edad del paciente que figura en el archivo no puede ser correcta, por lo que no se puede comprobar.</translation>
        </message>
        <message>
            <source>%1 The model is meant for patients aged %2-%3.</source>
            <translation>%1 El modelo está destinado a pacientes de %2 a %3 años.</translation>
        </message>
        <message>
            <source>The patient's age in the file cannot be read, so it cannot be checked.</source>
            <translation>La edad del paciente que figura en el archivo no se puede leer, por lo que no se puede comprobar.</translation>
        </message>
        <message>
            <source>PatientAge %1; the model is meant for patients aged %2-%3. Correct the age in the source system.</source>
            <translation>PatientAge %1; el modelo está destinado a pacientes de %2 a %3 años. Corrija la edad en el sistema de origen.</translation>
        </message>
        <message>
            <source>The patient is %1; the model is meant for children aged %2-%3.</source>
            <translation>El paciente tiene %1; el modelo está destinado a niños de %2 a %3 años.</translation>
        </message>
        <message>
            <source>PatientAge %1; trained on children aged %2-%3.</source>
            <translation>PatientAge %1; entrenado con niños de %2 a %3 años.</translation>
        </message>
        <message>
            <source>%1 month old</source>
            <translation>%1 mes</translation>
        </message>
        <message>
            <source>%1 months old</source>
            <translation>%1 meses</translation>
        </message>
        <message>
            <source>%1 years old</source>
            <translation>%1 años</translation>
        </message>
        <message>
            <source>The image does not look like the children's chest X-rays the model was trained on.</source>
            <translation>La imagen no se parece a las radiografías de tórax de niños con las que se entrenó el modelo.</translation>
        </message>
        <message>
            <source>Out-of-distribution score %1, cut-off %2. It may be a lateral view, an adult's or another body part's radiograph, another kind of image, a photograph or a document.</source>
            <translation>Puntuación fuera de distribución %1, valor de corte %2. Puede tratarse de una proyección lateral, de una radiografía de un adulto o de otra región anatómica, de otro tipo de imagen, de una fotografía o de un documento.</translation>
        </message>
        <message>
            <source>It looks like an adult's radiograph; the model reads children's chest X-rays.</source>
            <translation>Parece la radiografía de un adulto; el modelo lee radiografías de tórax de niños.</translation>
        </message>
        <message>
            <source>Adult-appearance score %1, cut-off %2.</source>
            <translation>Puntuación de aspecto adulto %1, valor de corte %2.</translation>
        </message>
        <message>
            <source>The file states no age. If the patient is a child, the age check can be relaxed in Settings for images with no recorded age, up to a stated age (recorded with the result).</source>
            <translation>El archivo no indica ninguna edad. Si el paciente es un niño, la comprobación de la edad puede relajarse en Configuración para las imágenes sin edad registrada, hasta una edad indicada (que se registra con el resultado).</translation>
        </message>
        <message>
            <source>The file says the patient is %1: check that the image belongs to this patient.</source>
            <translation>El archivo indica que el paciente tiene %1: compruebe que la imagen pertenece a este paciente.</translation>
        </message>
        <message>
            <source>age: images with no recorded age assessed as children up to %1 years (adult-appearance check skipped for them)</source>
            <translation>edad: imágenes sin edad registrada evaluadas como de niños de hasta %1 años (se omite para ellas la comprobación de aspecto adulto)</translation>
        </message>
        <message>
            <source>%1 check relaxed</source>
            <translation>comprobación «%1» relajada</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Right-drag</source>
            <translation>Arrastrar con el botón derecho</translation>
        </message>
        <message>
            <source>Window / level</source>
            <translation>Ventana / nivel</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>Rueda</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Left-drag</source>
            <translation>Arrastrar con el botón izquierdo</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Desplazar</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Shift+Tab</translation>
        </message>
        <message>
            <source>Move between the list, the filter and the note</source>
            <translation>Pasar de la lista al filtro y a la nota</translation>
        </message>
        <message>
            <source>Typing in the study list</source>
            <translation>Escribir en la lista de estudios</translation>
        </message>
        <message>
            <source>Does nothing: no letter moves the selection or records a reading</source>
            <translation>No hace nada: ninguna letra mueve la selección ni registra una lectura</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Keyboard and mouse&lt;/h3&gt;&lt;p&gt;Every shortcut that acts has a modifier (Ctrl, Alt) or is a function, arrow or Esc key: ordinary typing never records a reading or moves the selection.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Teclado y mouse&lt;/h3&gt;&lt;p&gt;Todo atajo que realiza una acción lleva un modificador (Ctrl, Alt) o es una tecla de función, de flecha o Esc: escribir normalmente nunca registra una lectura ni mueve la selección.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>IntendedUseDialog</name>
        <message>
            <source>
&lt;h3&gt;Intended use&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Pneumoscan is decision support, not a diagnosis.&lt;/b&gt; It is intended to help clinicians read
&lt;b&gt;frontal (AP/PA) chest X-rays of children&lt;/b&gt;. For each image it shows a pneumonia score (0&amp;ndash;100, the
model's output calibrated on its validation images), the result that follows from the decision threshold
&amp;mdash; or &amp;ldquo;Indeterminate &amp;mdash; read carefully&amp;rdquo; when the score is close to it &amp;mdash; and a heatmap
of the regions that drove the score.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;The clinician reads the image and makes the decision. Never act on Pneumoscan's output alone.&lt;/li&gt;
&lt;li&gt;It looks for a pneumonia pattern only. A NORMAL result means: %1&lt;/li&gt;
&lt;li&gt;The model was trained on pediatric patients aged 1&amp;ndash;5 from a single hospital. Results on
lateral views, adults, other body parts, CT/MR or photographs are meaningless.&lt;/li&gt;
&lt;li&gt;The heatmap shows what influenced the score; it does not outline disease.&lt;/li&gt;
&lt;li&gt;A missed pneumonia (false NORMAL) and false alarms both occur; see Help &amp;rsaquo; Model card for
the measured sensitivity and specificity.&lt;/li&gt;
&lt;/ul&gt;
</source>
            <translation>
&lt;h3&gt;Uso previsto&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Pneumoscan es un apoyo a la decisión, no un diagnóstico.&lt;/b&gt; Está destinado a ayudar a los profesionales clínicos a leer
&lt;b&gt;radiografías de tórax frontales (AP/PA) de niños&lt;/b&gt;. Para cada imagen muestra una puntuación de neumonía (0–100, la
salida del modelo calibrada con sus imágenes de validación), el resultado que se deriva del umbral de decisión
— o «Indeterminado — lea con atención» cuando la puntuación está cerca de él — y un mapa de calor
de las regiones que determinaron la puntuación.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;El profesional clínico lee la imagen y toma la decisión. Nunca actúe basándose solo en el resultado de Pneumoscan.&lt;/li&gt;
&lt;li&gt;Solo busca un patrón de neumonía. Un resultado NORMAL significa: %1&lt;/li&gt;
&lt;li&gt;El modelo se entrenó con pacientes pediátricos de 1 a 5 años de un solo hospital. Los resultados en
proyecciones laterales, adultos, otras regiones anatómicas, TC/RM o fotografías carecen de sentido.&lt;/li&gt;
&lt;li&gt;El mapa de calor muestra lo que influyó en la puntuación; no delimita la enfermedad.&lt;/li&gt;
&lt;li&gt;Se producen neumonías no detectadas (falsos NORMAL) y falsas alarmas; consulte Ayuda › Ficha del modelo para
ver la sensibilidad y la especificidad medidas.&lt;/li&gt;
&lt;/ul&gt;
</translation>
        </message>
        <message>
            <source>Pneumoscan — intended use</source>
            <translation>Pneumoscan — uso previsto</translation>
        </message>
        <message>
            <source>I understand that Pneumoscan supports, and does not replace, clinical judgement.</source>
            <translation>Entiendo que Pneumoscan apoya el juicio clínico y no lo sustituye.</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Pneumoscan cannot start safely</source>
            <translation>Pneumoscan no puede iniciarse de forma segura</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Error inesperado</translation>
        </message>
        <message>
            <source>The details are in the log folder (Help › Open log folder).</source>
            <translation>Los detalles están en la carpeta de registros (Ayuda › Abrir la carpeta de registros).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Studies</source>
            <translation>Estudios</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Loading model…</source>
            <translation>Cargando el modelo…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Reader: not chosen</source>
            <translation>Lector: no elegido</translation>
        </message>
        <message>
            <source>Who is reading: your name goes with every reading you record (Ctrl+Shift+L)</source>
            <translation>Quién lee: su nombre acompaña cada lectura que registra (Ctrl+Mayús+L)</translation>
        </message>
        <message>
            <source>Open files…</source>
            <translation>Abrir archivos…</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>Abrir carpeta…</translation>
        </message>
        <message>
            <source>Recent folders</source>
            <translation>Carpetas recientes</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>The study on screen by default; or the selected rows, the rows the filter shows, everything</source>
            <translation>El estudio en pantalla por defecto; o bien las filas seleccionadas, las filas que muestra el filtro o todo</translation>
        </message>
        <message>
            <source>Export CSV of the selected rows…</source>
            <translation>Exportar CSV de las filas seleccionadas…</translation>
        </message>
        <message>
            <source>Export heatmap overlays…</source>
            <translation>Exportar los mapas de calor superpuestos…</translation>
        </message>
        <message>
            <source>Close all images</source>
            <translation>Cerrar todas las imágenes</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Analyse all</source>
            <translation>Analizar todo</translation>
        </message>
        <message>
            <source>Analyse selected</source>
            <translation>Analizar la selección</translation>
        </message>
        <message>
            <source>Cancel analysis…</source>
            <translation>Cancelar el análisis…</translation>
        </message>
        <message>
            <source>Cancel the running analysis (asks first)</source>
            <translation>Cancelar el análisis en curso (pide confirmación)</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Configuración…</translation>
        </message>
        <message>
            <source>Open the images the DICOM node received</source>
            <translation>Abrir las imágenes recibidas por el nodo DICOM</translation>
        </message>
        <message>
            <source>Every image in the node's store folder, with its result</source>
            <translation>Todas las imágenes de la carpeta de almacenamiento del nodo, con su resultado</translation>
        </message>
        <message>
            <source>DICOM node…</source>
            <translation>Nodo DICOM…</translation>
        </message>
        <message>
            <source>Receive images from the X-ray unit, watch a folder, send results to the PACS</source>
            <translation>Recibir imágenes del equipo de rayos X, vigilar una carpeta, enviar resultados al PACS</translation>
        </message>
        <message>
            <source>My reading: NORMAL</source>
            <translation>Mi lectura: NORMAL</translation>
        </message>
        <message>
            <source>Record your own reading of the image on screen: NORMAL (saved at once)</source>
            <translation>Registrar su propia lectura de la imagen en pantalla: NORMAL (se guarda al instante)</translation>
        </message>
        <message>
            <source>My reading: PNEUMONIA</source>
            <translation>Mi lectura: NEUMONÍA</translation>
        </message>
        <message>
            <source>Record your own reading of the image on screen: PNEUMONIA (saved at once)</source>
            <translation>Registrar su propia lectura de la imagen en pantalla: NEUMONÍA (se guarda al instante)</translation>
        </message>
        <message>
            <source>My reading: unsure</source>
            <translation>Mi lectura: no estoy seguro</translation>
        </message>
        <message>
            <source>Record that you are unsure about the image on screen (saved at once)</source>
            <translation>Registrar que no está seguro sobre la imagen en pantalla (se guarda al instante)</translation>
        </message>
        <message>
            <source>Undo my last act on this image's reading</source>
            <translation>Deshacer mi última acción sobre la lectura de esta imagen</translation>
        </message>
        <message>
            <source>Clear the reading of this image</source>
            <translation>Borrar la lectura de esta imagen</translation>
        </message>
        <message>
            <source>Write a note on this image</source>
            <translation>Escribir una nota sobre esta imagen</translation>
        </message>
        <message>
            <source>Who is reading…</source>
            <translation>Quién lee…</translation>
        </message>
        <message>
            <source>Print report…</source>
            <translation>Imprimir el informe…</translation>
        </message>
        <message>
            <source>A PDF of the image on screen, the selected rows, the rows the filter shows or everything</source>
            <translation>Un PDF de la imagen en pantalla, de las filas seleccionadas, de las filas que muestra el filtro o de todo</translation>
        </message>
        <message>
            <source>Calibrate to this clinic…</source>
            <translation>Calibrar para este centro…</translation>
        </message>
        <message>
            <source>Refit the operating point on the images clinicians read (NORMAL / PNEUMONIA)</source>
            <translation>Reajustar el punto de funcionamiento con las imágenes leídas por los profesionales clínicos (NORMAL / NEUMONÍA)</translation>
        </message>
        <message>
            <source>Use the model's own operating point</source>
            <translation>Usar el punto de funcionamiento propio del modelo</translation>
        </message>
        <message>
            <source>Stop using the site profile</source>
            <translation>Dejar de usar el perfil del centro</translation>
        </message>
        <message>
            <source>Next study</source>
            <translation>Estudio siguiente</translation>
        </message>
        <message>
            <source>Previous study</source>
            <translation>Estudio anterior</translation>
        </message>
        <message>
            <source>First study</source>
            <translation>Primer estudio</translation>
        </message>
        <message>
            <source>Last study</source>
            <translation>Último estudio</translation>
        </message>
        <message>
            <source>Filter the study list</source>
            <translation>Filtrar la lista de estudios</translation>
        </message>
        <message>
            <source>Group the list by study</source>
            <translation>Agrupar la lista por estudio</translation>
        </message>
        <message>
            <source>Keep each study's images together, a line between studies</source>
            <translation>Mantener juntas las imágenes de cada estudio, con una línea entre estudios</translation>
        </message>
        <message>
            <source>Toggle heatmap</source>
            <translation>Mostrar/ocultar el mapa de calor</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Fit to window</source>
            <translation>Ajustar a la ventana</translation>
        </message>
        <message>
            <source>Actual pixels (1:1)</source>
            <translation>Píxeles reales (1:1)</translation>
        </message>
        <message>
            <source>Invert</source>
            <translation>Invertir</translation>
        </message>
        <message>
            <source>Patient overlay</source>
            <translation>Datos del paciente sobre la imagen</translation>
        </message>
        <message>
            <source>Show or hide the patient, study and file in the image's corners</source>
            <translation>Mostrar u ocultar el paciente, el estudio y el archivo en las esquinas de la imagen</translation>
        </message>
        <message>
            <source>Reset layout</source>
            <translation>Restablecer la disposición</translation>
        </message>
        <message>
            <source>Show the study list and result panels in their original places and sizes</source>
            <translation>Mostrar la lista de estudios y los paneles de resultados en su posición y tamaño originales</translation>
        </message>
        <message>
            <source>Intended use…</source>
            <translation>Uso previsto…</translation>
        </message>
        <message>
            <source>Model card…</source>
            <translation>Ficha del modelo…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts…</source>
            <translation>Atajos de teclado…</translation>
        </message>
        <message>
            <source>Audit log…</source>
            <translation>Registro de auditoría…</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir la carpeta de registros</translation>
        </message>
        <message>
            <source>About Pneumoscan…</source>
            <translation>Acerca de Pneumoscan…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Analyse</source>
            <translation>A&amp;nálisis</translation>
        </message>
        <message>
            <source>&amp;Reading</source>
            <translation>&amp;Lectura</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Study list columns</source>
            <translation>Columnas de la lista de estudios</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Typing in the study list does nothing. To write a note on this image press Alt+N; to record your reading use the buttons or Ctrl+Shift+N / P / U.</source>
            <translation>Escribir en la lista de estudios no hace nada. Para escribir una nota sobre esta imagen pulse Alt+N; para registrar su lectura use los botones o Ctrl+Shift+N / P / U.</translation>
        </message>
        <message>
            <source>Cancel the analysis?</source>
            <translation>¿Cancelar el análisis?</translation>
        </message>
        <message>
            <source>%1 of %2 images are analysed. Cancel the rest?

Finished results are kept; unfinished images stay “not analysed”.</source>
            <translation>%1 de %2 imágenes están analizadas. ¿Cancelar el resto?

Los resultados terminados se conservan; las imágenes sin terminar quedan como «no analizada».</translation>
        </message>
        <message>
            <source>Open chest X-rays</source>
            <translation>Abrir radiografías de tórax</translation>
        </message>
        <message>
            <source>Images (*.dcm *.dicom *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
            <translation>Imágenes (*.dcm *.dicom *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Open a study folder</source>
            <translation>Abrir una carpeta de estudio</translation>
        </message>
    </context>
    <context>
        <name>MetadataTreeWidget</name>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
    </context>
    <context>
        <name>ModelCard</name>
        <message>
            <source>&lt;h3&gt;No model installed&lt;/h3&gt;&lt;p&gt;Images can be opened and viewed, but not analysed.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;No hay ningún modelo instalado&lt;/h3&gt;&lt;p&gt;Las imágenes se pueden abrir y ver, pero no analizar.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>- Architecture: %1; input %2x%3 px</source>
            <translation>- Arquitectura: %1; entrada %2x%3 px</translation>
        </message>
        <message>
            <source>- Bundle identity: `%1`</source>
            <translation>- Identidad del paquete: `%1`</translation>
        </message>
        <message>
            <source>- Decision threshold: score %1 of 100 (%2)</source>
            <translation>- Umbral de decisión: puntuación %1 de 100 (%2)</translation>
        </message>
        <message>
            <source>- Indeterminate band: scores %1-%2</source>
            <translation>- Franja de indeterminación: puntuaciones %1-%2</translation>
        </message>
        <message>
            <source> (%1 of validation images)</source>
            <translation> (%1 de las imágenes de validación)</translation>
        </message>
        <message>
            <source>- Measured on %1: sensitivity %2, specificity %3</source>
            <translation>- Medidas en %1: sensibilidad %2, especificidad %3</translation>
        </message>
        <message>
            <source>_This bundle has no MODEL_CARD.md._</source>
            <translation>_Este paquete no tiene MODEL_CARD.md._</translation>
        </message>
        <message>
            <source>Third-party software and data</source>
            <translation>Software y datos de terceros</translation>
        </message>
    </context>
    <context>
        <name>NodeController</name>
        <message>
            <source>Another program on this computer already uses port %1. Choose another port (for example %2) in Analyse ▸ DICOM node… and enter the same port on the X-ray unit, or stop the other program.</source>
            <translation>Otro programa de esta computadora ya usa el puerto %1. Elija otro puerto (por ejemplo, %2) en Análisis ▸ Nodo DICOM… e introduzca el mismo puerto en el equipo de rayos X, o detenga el otro programa.</translation>
        </message>
        <message>
            <source>This account may not listen on port %1 (ports below 1024 need an administrator). Choose a port above 1024, such as 11112.</source>
            <translation>Esta cuenta no puede escuchar en el puerto %1 (los puertos inferiores a 1024 requieren un administrador). Elija un puerto superior a 1024, como el 11112.</translation>
        </message>
        <message>
            <source>%1 is not an address of this computer. Choose 0.0.0.0 (every network connection).</source>
            <translation>%1 no es una dirección de esta computadora. Elija 0.0.0.0 (todas las conexiones de red).</translation>
        </message>
        <message>
            <source>Cannot listen on %1: %2.</source>
            <translation>No se puede escuchar en %1: %2.</translation>
        </message>
        <message>
            <source>DICOM node: off</source>
            <translation>Nodo DICOM: desactivado</translation>
        </message>
        <message>
            <source>Analyse ▸ DICOM node…</source>
            <translation>Análisis ▸ Nodo DICOM…</translation>
        </message>
        <message>
            <source>The DICOM node is not running</source>
            <translation>El nodo DICOM no está en funcionamiento</translation>
        </message>
        <message>
            <source>Change it in Analyse ▸ DICOM node…</source>
            <translation>Cámbielo en Análisis ▸ Nodo DICOM…</translation>
        </message>
        <message>
            <source>DICOM node: not running — see Analyse ▸ DICOM node</source>
            <translation>Nodo DICOM: no está en funcionamiento — vea Análisis ▸ Nodo DICOM</translation>
        </message>
        <message>
            <source>receiving as %1 on port %2</source>
            <translation>recibiendo como %1 en el puerto %2</translation>
        </message>
        <message>
            <source>watching</source>
            <translation>vigilando la carpeta</translation>
        </message>
        <message>
            <source>DICOM node: %1 · %2 analysed</source>
            <translation>Nodo DICOM: %1 · %2 analizadas</translation>
        </message>
        <message>
            <source> · %1 new</source>
            <translation> · %1 nuevas</translation>
        </message>
        <message>
            <source> · %1 waiting</source>
            <translation> · %1 en espera</translation>
        </message>
        <message>
            <source> · %1 refused</source>
            <translation> · %1 rechazadas</translation>
        </message>
        <message>
            <source> · %1 result(s) waiting for %2</source>
            <translation> · %1 resultado(s) en espera de envío a %2</translation>
        </message>
        <message>
            <source> (not answering)</source>
            <translation> (no responde)</translation>
        </message>
        <message>
            <source>%1
store: %2</source>
            <translation>%1
carpeta de almacenamiento: %2</translation>
        </message>
        <message>
            <source>New from the X-ray unit: %1 — %2</source>
            <translation>Nueva imagen del equipo de rayos X: %1 — %2</translation>
        </message>
        <message>
            <source>New from the watch folder: %1 — %2</source>
            <translation>Nueva imagen de la carpeta vigilada: %1 — %2</translation>
        </message>
        <message>
            <source>New from the store: %1 — %2</source>
            <translation>Nueva imagen de la carpeta de almacenamiento: %1 — %2</translation>
        </message>
        <message>
            <source>DICOM node refused %1 from %2: %3</source>
            <translation>El nodo DICOM rechazó %1 de %2: %3</translation>
        </message>
        <message>
            <source>a sender</source>
            <translation>un remitente</translation>
        </message>
        <message>
            <source>DICOM node: %1</source>
            <translation>Nodo DICOM: %1</translation>
        </message>
        <message>
            <source>Sending your reading to %1 as a new version of this image's report.</source>
            <translation>Enviando su lectura a %1 como nueva versión del informe de esta imagen.</translation>
        </message>
        <message>
            <source>Sending the withdrawal of the reading to %1 as a new version of this image's report.</source>
            <translation>Enviando la retirada de la lectura a %1 como nueva versión del informe de esta imagen.</translation>
        </message>
        <message>
            <source>Saved. The DICOM node is not sending results now: this reading goes to the PACS when the node runs with a destination.</source>
            <translation>Guardada. El nodo DICOM no está enviando resultados en este momento: esta lectura se enviará al PACS cuando el nodo funcione con un destino.</translation>
        </message>
        <message>
            <source>DICOM node: sending %1 reading(s) recorded while it was not sending.</source>
            <translation>Nodo DICOM: enviando %1 lectura(s) registrada(s) mientras no enviaba.</translation>
        </message>
    </context>
    <context>
        <name>Product</name>
        <message>
            <source>The Pneumoscan project (open-source development build, not placed on the market)</source>
            <translation>El proyecto Pneumoscan (versión de desarrollo de código abierto, no comercializada)</translation>
        </message>
        <message>
            <source>Your first contact is the organisation that installed Pneumoscan at your site (its IT or clinical engineering team). Software defects and safety concerns: the Pneumoscan project's issue tracker.</source>
            <translation>Su primer contacto es la organización que instaló Pneumoscan en su centro (su equipo de informática o de ingeniería clínica). Defectos del software y problemas de seguridad: el gestor de incidencias del proyecto Pneumoscan.</translation>
        </message>
        <message>
            <source>Regulatory status: Pneumoscan has not been cleared, approved or CE-marked as a medical device by any regulator. It is decision support for trained clinicians, for use under local clinical governance: it must not be the sole basis of a diagnosis or a treatment decision.</source>
            <translation>Situación reglamentaria: Pneumoscan no ha sido autorizado, aprobado ni marcado CE como producto sanitario por ninguna autoridad. Es un apoyo a la decisión para profesionales clínicos formados, para usar bajo la gobernanza clínica local: nunca debe ser la única base de un diagnóstico o de una decisión de tratamiento.</translation>
        </message>
        <message>
            <source>In plain words: this is not an approved medical device. It can be wrong. A clinician reads every image and makes every decision; Pneumoscan's label is a second opinion only.</source>
            <translation>En pocas palabras: no es un producto sanitario autorizado. Puede equivocarse. Un profesional clínico lee cada imagen y toma cada decisión; la etiqueta de Pneumoscan es solo una segunda opinión.</translation>
        </message>
        <message>
            <source>A normal child can be called PNEUMONIA, more often at a new site or in a later period than on the training images.</source>
            <translation>Un niño normal puede clasificarse como NEUMONÍA, con más frecuencia en un centro nuevo o en un periodo posterior que en las imágenes de entrenamiento.</translation>
        </message>
        <message>
            <source>A child with pneumonia can be called NORMAL.</source>
            <translation>Un niño con neumonía puede clasificarse como NORMAL.</translation>
        </message>
        <message>
            <source>Only a pneumonia pattern is assessed: NORMAL does not rule out other findings.</source>
            <translation>Solo se evalúa un patrón de neumonía: NORMAL no descarta otros hallazgos.</translation>
        </message>
        <message>
            <source>The heatmap shows what moved the score, not where disease is; a cold region does not clear a lung.</source>
            <translation>El mapa de calor muestra qué hizo variar la puntuación, no dónde está la enfermedad; una zona fría no significa que un pulmón esté sano.</translation>
        </message>
        <message>
            <source>The shipped model was trained without pretrained weights on one centre's children aged 1-5: elsewhere its accuracy is unknown until checked locally.</source>
            <translation>El modelo suministrado se entrenó sin pesos preentrenados, con niños de 1 a 5 años de un solo centro: en otros lugares su precisión es desconocida hasta que se compruebe localmente.</translation>
        </message>
        <message>
            <source>The input checks can miss an image outside the model's scope, most likely an adult's radiograph without DICOM tags, and do not look for one when the age check is relaxed.</source>
            <translation>Las comprobaciones de la imagen pueden dejar pasar una imagen fuera del ámbito del modelo, lo más probable una radiografía de adulto sin etiquetas DICOM, y no la buscan cuando la comprobación de la edad está relajada.</translation>
        </message>
        <message>
            <source>The DICOM node neither encrypts nor authenticates: run it only on a network the clinic trusts.</source>
            <translation>El nodo DICOM no cifra ni autentica: úselo solo en una red de confianza del centro.</translation>
        </message>
        <message>
            <source>The translations have not yet been reviewed by native-speaking clinicians.</source>
            <translation>Las traducciones aún no han sido revisadas por profesionales clínicos nativos.</translation>
        </message>
        <message>
            <source>Pneumoscan can be wrong: its label is a second opinion, never a diagnosis.</source>
            <translation>Pneumoscan puede equivocarse: su etiqueta es una segunda opinión, nunca un diagnóstico.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Buscar en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Archivos de &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
    </context>
    <context>
        <name>ReaderDialog</name>
        <message>
            <source>Who is reading?</source>
            <translation>¿Quién lee?</translation>
        </message>
        <message>
            <source>Your name goes with every reading you record: in the reading database, the CSV, the report and the audit log. Choose it once per session.</source>
            <translation>Su nombre acompaña cada lectura que registra: en la base de datos de lecturas, el CSV, el informe y el registro de auditoría. Elíjalo una vez por sesión.</translation>
        </message>
        <message>
            <source>  (PIN)</source>
            <translation>  (PIN)</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>Soy</translation>
        </message>
        <message>
            <source>Or add a reader</source>
            <translation>O añada un lector</translation>
        </message>
        <message>
            <source>e.g. Dr A. Mensah</source>
            <translation>p. ej., Dr. A. Mensah</translation>
        </message>
        <message>
            <source>optional, 4-12 digits</source>
            <translation>opcional, 4-12 dígitos</translation>
        </message>
        <message>
            <source>the PIN again</source>
            <translation>el PIN otra vez</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Repeat PIN</source>
            <translation>Repita el PIN</translation>
        </message>
        <message>
            <source>Read as this reader</source>
            <translation>Leer como este lector</translation>
        </message>
        <message>
            <source>%1 is already on the list: choose it above.</source>
            <translation>%1 ya está en la lista: elíjalo arriba.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Los dos PIN no coinciden.</translation>
        </message>
        <message>
            <source>Choose your name, or add it.</source>
            <translation>Elija su nombre o añádalo.</translation>
        </message>
        <message>
            <source>That PIN is not this reader's.</source>
            <translation>Ese PIN no corresponde a este lector.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Decision support for reading frontal chest radiographs of children (trained on ages 1-5). Not a diagnosis: the clinician reads the image and decides. Not for lateral views, adults, other body parts, CT/MR or photographs.</source>
            <translation>Apoyo a la decisión para la lectura de radiografías de tórax frontales de niños (entrenado con edades de 1-5 años). No es un diagnóstico: el profesional clínico lee la imagen y decide. No apto para proyecciones laterales, adultos, otras regiones anatómicas, TC/RM ni fotografías.</translation>
        </message>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
        <message>
            <source>PNEUMONIA</source>
            <translation>NEUMONÍA</translation>
        </message>
        <message>
            <source>indeterminate</source>
            <translation>indeterminado</translation>
        </message>
        <message>
            <source>NORMAL</source>
            <translation>NORMAL</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>no evaluado</translation>
        </message>
        <message>
            <source>could not be read</source>
            <translation>no se pudo leer</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>umbral %1</translation>
        </message>
        <message>
            <source>not in the file</source>
            <translation>no consta en el archivo</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>name not in the file</source>
            <translation>el nombre no consta en el archivo</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>ID del paciente</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Fecha del estudio</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>N.º de acceso</translation>
        </message>
        <message>
            <source>Pneumoscan %1 - decision support only; the clinician reads the image and decides.</source>
            <translation>Pneumoscan %1 - solo apoyo a la decisión; el profesional clínico lee la imagen y decide.</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation>Impreso: %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Model: -</source>
            <translation>Modelo: -</translation>
        </message>
        <message>
            <source>site profile %1</source>
            <translation>perfil del centro %1</translation>
        </message>
        <message>
            <source>the model's own</source>
            <translation>el propio del modelo</translation>
        </message>
        <message>
            <source>Model: %1 %2; bundle identity %3</source>
            <translation>Modelo: %1 %2; identidad del paquete %3</translation>
        </message>
        <message>
            <source>Operating point: %1; threshold %2 on the 0-100 score</source>
            <translation>Punto de funcionamiento: %1; umbral %2 en la puntuación de 0-100</translation>
        </message>
        <message>
            <source>; indeterminate band %1-%2</source>
            <translation>; franja de indeterminación %1-%2</translation>
        </message>
        <message>
            <source>Sensitivity %1, specificity %2, measured on %3.</source>
            <translation>Sensibilidad %1, especificidad %2, medidas en %3.</translation>
        </message>
        <message>
            <source>Clinic prevalence for PPV / NPV: %1</source>
            <translation>Prevalencia del centro para VPP / VPN: %1</translation>
        </message>
        <message>
            <source>Clinic prevalence for PPV / NPV: not set (Settings)</source>
            <translation>Prevalencia del centro para VPP / VPN: no definida (Configuración)</translation>
        </message>
        <message>
            <source>Clinician's reading: none recorded</source>
            <translation>Lectura del profesional clínico: no se ha registrado ninguna</translation>
        </message>
        <message>
            <source>Clinician's reading %1 by %2 (%3) was made on an earlier result (%4); it must be read again on this result.</source>
            <translation>La lectura %1 del profesional clínico %2 (%3) se hizo sobre un resultado anterior (%4); debe volver a leerse con este resultado.</translation>
        </message>
        <message>
            <source>Clinician's reading: %1 (%2) by %3, %4</source>
            <translation>Lectura del profesional clínico: %1 (%2), por %3, %4</translation>
        </message>
        <message>
            <source>[%1 more characters: the whole note is in the CSV and the reading database]</source>
            <translation>[%1 caracteres más: la nota completa está en el CSV y en la base de datos de lecturas]</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
        <message>
            <source>A plain image file: no patient name, ID or age is recorded in it - check the file name and folder.</source>
            <translation>Archivo de imagen simple: no registra nombre, ID ni edad del paciente - compruebe el nombre del archivo y la carpeta.</translation>
        </message>
        <message>
            <source>THE FILE HAS CHANGED SINCE IT WAS ANALYSED: its contents are not the image this result belongs to, so no image is printed. Analyse it again before relying on this page.</source>
            <translation>EL ARCHIVO HA CAMBIADO DESDE QUE SE ANALIZÓ: su contenido no es la imagen a la que corresponde este resultado, por lo que no se imprime ninguna imagen. Vuelva a analizarlo antes de basarse en esta página.</translation>
        </message>
        <message>
            <source>Radiograph</source>
            <translation>Radiografía</translation>
        </message>
        <message>
            <source>Heatmap: where the score came from (not an outline of disease)</source>
            <translation>Mapa de calor: de dónde proviene la puntuación (no es un contorno de la enfermedad)</translation>
        </message>
        <message>
            <source>The image could not be read.</source>
            <translation>No se pudo leer la imagen.</translation>
        </message>
        <message>
            <source>RELAXED input check (settings): %1</source>
            <translation>Comprobación de la imagen RELAJADA (configuración): %1</translation>
        </message>
        <message>
            <source>Images: %1. Results: %2</source>
            <translation>Imágenes: %1. Resultados: %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Read by a clinician: %1 (%2)</source>
            <translation>Leídas por un profesional clínico: %1 (%2)</translation>
        </message>
        <message>
            <source> by %1</source>
            <translation> por %1</translation>
        </message>
        <message>
            <source>; %1 reading(s) made on an earlier result</source>
            <translation>; %1 lectura(s) hecha(s) sobre un resultado anterior</translation>
        </message>
        <message>
            <source>Pneumoscan - report</source>
            <translation>Pneumoscan - informe</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>Uso previsto</translation>
        </message>
    </context>
    <context>
        <name>ReportScopeDialog</name>
        <message>
            <source>Print report</source>
            <translation>Imprimir el informe</translation>
        </message>
        <message>
            <source>Print a PDF report of:</source>
            <translation>Imprimir un informe PDF de:</translation>
        </message>
    </context>
    <context>
        <name>Scope</name>
        <message>
            <source>The folder on screen (%1: plain images name no patient)</source>
            <translation>La carpeta en pantalla (%1: las imágenes simples no identifican a ningún paciente)</translation>
        </message>
        <message>
            <source>The study on screen (%1)</source>
            <translation>El estudio en pantalla (%1)</translation>
        </message>
        <message>
            <source>The study on screen</source>
            <translation>El estudio en pantalla</translation>
        </message>
        <message>
            <source>The image on screen (%1)</source>
            <translation>La imagen en pantalla (%1)</translation>
        </message>
        <message>
            <source>The image on screen</source>
            <translation>La imagen en pantalla</translation>
        </message>
        <message>
            <source>The selected rows</source>
            <translation>Las filas seleccionadas</translation>
        </message>
        <message>
            <source>The rows the filter shows</source>
            <translation>Las filas que muestra el filtro</translation>
        </message>
        <message>
            <source>Everything in the list</source>
            <translation>Todo lo que hay en la lista</translation>
        </message>
        <message>
            <source>Choose another name</source>
            <translation>Elija otro nombre</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>ScopeDialog</name>
        <message>
            <source>Choose where to save…</source>
            <translation>Elegir dónde guardar…</translation>
        </message>
    </context>
    <context>
        <name>ScoreBarWidget</name>
        <message>
            <source>Pneumonia score 0-100: the model's output, calibrated on its validation images. It ranks images against the threshold; it is not the chance that this child has pneumonia. Dashed line: the decision threshold. Shaded: the indeterminate band, where the model's errors are frequent.</source>
            <translation>Puntuación de neumonía 0-100: la salida del modelo, calibrada con sus imágenes de validación. Ordena las imágenes respecto al umbral; no es la probabilidad de que este niño tenga neumonía. Línea discontinua: el umbral de decisión. Sombreado: la franja de indeterminación, donde los errores del modelo son frecuentes.</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>umbral %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>auto (64 on a GPU, 8 on the CPU)</source>
            <translation>auto (64 en una GPU, 8 en la CPU)</translation>
        </message>
        <message>
            <source>auto: int8 where the model passed its int8 check</source>
            <translation>auto: int8 si el modelo superó su comprobación int8</translation>
        </message>
        <message>
            <source>fp32 (full precision)</source>
            <translation>fp32 (precisión completa)</translation>
        </message>
        <message>
            <source>int8 (faster)</source>
            <translation>int8 (más rápido)</translation>
        </message>
        <message>
            <source>Arithmetic on the CPU. The model card gives the int8 graph's agreement with fp32 on validation images. GPUs always run float16.</source>
            <translation>Aritmética en la CPU. La ficha del modelo indica la concordancia del grafo int8 con fp32 en las imágenes de validación. Las GPU siempre usan float16.</translation>
        </message>
        <message>
            <source>Analyse automatically when images are opened</source>
            <translation>Analizar automáticamente las imágenes al abrirlas</translation>
        </message>
        <message>
            <source>System (%1)</source>
            <translation>Sistema (%1)</translation>
        </message>
        <message>
            <source>The language of Pneumoscan's windows and reports; applies when Pneumoscan next starts. The CSV, the audit log and DICOM objects stay in English.</source>
            <translation>El idioma de las ventanas y los informes de Pneumoscan; se aplica la próxima vez que se inicie. El CSV, el registro de auditoría y los objetos DICOM siguen en inglés.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Dispositivo de cálculo</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Tamaño del lote</translation>
        </message>
        <message>
            <source>CPU precision</source>
            <translation>Precisión en la CPU</translation>
        </message>
        <message>
            <source>Show heatmaps on NORMAL results too (default: only PNEUMONIA and indeterminate)</source>
            <translation>Mostrar también el mapa de calor de los resultados NORMAL (por defecto: solo NEUMONÍA e indeterminado)</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>no definida</translation>
        </message>
        <message>
            <source>Share of the children you X-ray who have pneumonia. PPV and NPV (how often a call is right) are computed for it; until it is set, the result panel says so.</source>
            <translation>Proporción de los niños radiografiados que tienen neumonía. El VPP y el VPN (con qué frecuencia un resultado es correcto) se calculan para ella; mientras no se defina, el panel del resultado lo indica.</translation>
        </message>
        <message>
            <source>Pneumonia prevalence at your clinic</source>
            <translation>Prevalencia de neumonía en su centro</translation>
        </message>
        <message>
            <source>none: the model's own operating point</source>
            <translation>ninguno: el punto de funcionamiento propio del modelo</translation>
        </message>
        <message>
            <source>A site profile (pneumoscan-calibrate, or Analyse &gt; Calibrate to this clinic) sets the threshold and calibration fitted on your clinic's images</source>
            <translation>Un perfil del centro (pneumoscan-calibrate, o Análisis &gt; Calibrar para este centro) fija el umbral y la calibración ajustados a las imágenes de su centro</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Site profile</source>
            <translation>Perfil del centro</translation>
        </message>
        <message>
            <source>  (PIN)</source>
            <translation>  (PIN)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Take the selected reader off this workstation's list (their readings stay theirs)</source>
            <translation>Quitar al lector seleccionado de la lista de este puesto (sus lecturas siguen siendo suyas)</translation>
        </message>
        <message>
            <source>Readers</source>
            <translation>Lectores</translation>
        </message>
        <message>
            <source>Readers add themselves when they first record a reading (status bar: Reader).</source>
            <translation>Los lectores se añaden al registrar su primera lectura (barra de estado: Lector).</translation>
        </message>
        <message>
            <source>Device changes take effect when the model reloads (now).</source>
            <translation>Un cambio de dispositivo se aplica al recargar el modelo (ahora).</translation>
        </message>
        <message>
            <source>Assess even when the modality is not CR/DX</source>
            <translation>Evaluar aunque la modalidad no sea CR/DX</translation>
        </message>
        <message>
            <source>Assess even when the body part is not the chest</source>
            <translation>Evaluar aunque la región anatómica no sea el tórax</translation>
        </message>
        <message>
            <source>Assess even when the view is not frontal (AP/PA)</source>
            <translation>Evaluar aunque la proyección no sea frontal (AP/PA)</translation>
        </message>
        <message>
            <source>Assess images with no recorded age as children up to</source>
            <translation>Evaluar las imágenes sin edad registrada como niños de hasta</translation>
        </message>
        <message>
            <source> years</source>
            <translation> años</translation>
        </message>
        <message>
            <source>Only images whose file records no age at all: the adult-appearance check is skipped for them. An age outside the model's population, or one that is recorded but cannot be read, is never assessed.</source>
            <translation>Solo las imágenes cuyo archivo no registra ninguna edad: para ellas se omite la comprobación de aspecto adulto. Una edad fuera de la población del modelo, o una registrada pero ilegible, nunca se evalúa.</translation>
        </message>
        <message>
            <source>Relax input check</source>
            <translation>Relajar una comprobación de la imagen</translation>
        </message>
        <message>
            <source>Relaxed checks are shown in the status bar and recorded with every result.</source>
            <translation>Las comprobaciones relajadas se muestran en la barra de estado y se registran con cada resultado.</translation>
        </message>
        <message>
            <source>Choose a site profile</source>
            <translation>Elegir un perfil del centro</translation>
        </message>
        <message>
            <source>Site profiles (*.json);;All files (*)</source>
            <translation>Perfiles del centro (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>A site profile can be chosen once a model is loaded.</source>
            <translation>Se puede elegir un perfil del centro una vez cargado un modelo.</translation>
        </message>
        <message>
            <source>Site profile not used</source>
            <translation>Perfil del centro no utilizado</translation>
        </message>
    </context>
    <context>
        <name>SiteProfile</name>
        <message>
            <source>Site calibration needs at least %1 confirmed images of each class; there are %2 NORMAL and %3 PNEUMONIA (each image counted once). Label more images and try again.</source>
            <translation>La calibración del centro necesita al menos %1 imágenes confirmadas de cada clase; hay %2 NORMAL y %3 NEUMONÍA (cada imagen contada una vez). Lea más imágenes e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Some of these images have no finite model output: analyse them again.</source>
            <translation>Algunas de estas imágenes no tienen una salida finita del modelo: analícelas de nuevo.</translation>
        </message>
        <message>
            <source>On these images the model's score runs against the labels (ranking AUC %1, below chance): check the labels, they may be swapped.</source>
            <translation>En estas imágenes la puntuación del modelo va en contra de las lecturas (AUC de ordenación %1, por debajo del azar): compruebe las lecturas, puede que estén invertidas.</translation>
        </message>
        <message>
            <source>%1 was fitted for another model bundle (%2…); this one is %3…. Calibrate again with this model.</source>
            <translation>%1 se ajustó para otro paquete de modelo (%2…); este es %3…. Calibre de nuevo con este modelo.</translation>
        </message>
    </context>
    <context>
        <name>SiteProfileDialog</name>
        <message>
            <source>%1 (95 % interval %2–%3)</source>
            <translation>%1 (intervalo del 95 %: %2–%3)</translation>
        </message>
        <message>
            <source>Fitted on</source>
            <translation>Ajustado con</translation>
        </message>
        <message>
            <source>%1 NORMAL and %2 PNEUMONIA images (%3)</source>
            <translation>%1 imágenes NORMAL y %2 imágenes NEUMONÍA (%3)</translation>
        </message>
        <message>
            <source>Threshold (the model's score scale)</source>
            <translation>Umbral (escala de puntuación del modelo)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; instead of the model's own &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; en lugar del propio del modelo, &lt;b&gt;%2&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Indeterminate band (same scale)</source>
            <translation>Franja de indeterminación (misma escala)</translation>
        </message>
        <message>
            <source>%1 instead of %2</source>
            <translation>%1 en lugar de %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Sensitivity, out of sample</source>
            <translation>Sensibilidad, fuera de la muestra</translation>
        </message>
        <message>
            <source>Specificity, out of sample</source>
            <translation>Especificidad, fuera de la muestra</translation>
        </message>
        <message>
            <source>Accuracy, out of sample</source>
            <translation>Exactitud, fuera de la muestra</translation>
        </message>
        <message>
            <source>%1 of these images (NORMAL %2, PNEUMONIA %3)</source>
            <translation>%1 de estas imágenes (NORMAL %2, NEUMONÍA %3)</translation>
        </message>
        <message>
            <source>%1 - flagged: above %2</source>
            <translation>%1 - señalado: por encima de %2</translation>
        </message>
        <message>
            <source>Indeterminate with this profile</source>
            <translation>Indeterminadas con este perfil</translation>
        </message>
        <message>
            <source>&lt;p&gt;The model's own point, measured on %1: sensitivity %2, specificity %3.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Punto de funcionamiento propio del modelo, medido en %1: sensibilidad %2, especificidad %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every number here is measured &lt;b&gt;out of sample&lt;/b&gt;: the whole fit was repeated on resamples of these images and scored on the images each left out. With the profile, the app shows scores on the profile's recalibrated scale, where the threshold reads %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Todas las cifras de esta ventana se miden &lt;b&gt;fuera de la muestra&lt;/b&gt;: todo el ajuste se repitió en remuestreos de estas imágenes y se evaluó con las imágenes que cada remuestreo dejó fuera. Con el perfil, la aplicación muestra las puntuaciones en la escala recalibrada del perfil, en la que el umbral es %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Warnings&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Advertencias&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;No warnings.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sin advertencias.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Use this site profile?</source>
            <translation>¿Usar este perfil del centro?</translation>
        </message>
        <message>
            <source>Apply this operating point</source>
            <translation>Aplicar este punto de funcionamiento</translation>
        </message>
        <message>
            <source>Keep the current one</source>
            <translation>Mantener el actual</translation>
        </message>
        <message>
            <source>Apply this operating point to every result from now on? Results are analysed again.</source>
            <translation>¿Aplicar este punto de funcionamiento a todos los resultados a partir de ahora? Los resultados se vuelven a analizar.</translation>
        </message>
    </context>
    <context>
        <name>StudyListPanel</name>
        <message>
            <source>Show only rows with this result</source>
            <translation>Mostrar solo las filas con este resultado</translation>
        </message>
        <message>
            <source>Filter (Ctrl+F): file, PatientID, accession…</source>
            <translation>Filtro (Ctrl+F): archivo, PatientID, accession…</translation>
        </message>
        <message>
            <source>Rows shown by the filter, of all rows</source>
            <translation>Filas mostradas por el filtro, del total de filas</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source> (nothing to show yet)</source>
            <translation> (nada que mostrar aún)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
    </context>
    <context>
        <name>StudyOpener</name>
        <message>
            <source>the sample images</source>
            <translation>las imágenes de ejemplo</translation>
        </message>
        <message>
            <source>Replace the open images?</source>
            <translation>¿Reemplazar las imágenes abiertas?</translation>
        </message>
        <message>
            <source>Open: %1 from %2. Open %3 in their place?</source>
            <translation>Abiertas: %1 de %2. ¿Abrir %3 en su lugar?</translation>
        </message>
        <message>
            <source>Replacing keeps one patient's study in view: results, readings and notes already made are kept in Pneumoscan's records.</source>
            <translation>Al reemplazar, se mantiene a la vista el estudio de un solo paciente: los resultados, las lecturas y las notas ya hechos se conservan en los registros de Pneumoscan.</translation>
        </message>
        <message>
            <source> The sample images are never added to a patient's list.</source>
            <translation> Las imágenes de ejemplo nunca se añaden a la lista de un paciente.</translation>
        </message>
        <message>
            <source>Replace the list</source>
            <translation>Reemplazar la lista</translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>Añadir a la lista</translation>
        </message>
        <message>
            <source>Searching for images…</source>
            <translation>Buscando imágenes…</translation>
        </message>
        <message>
            <source>searching for images</source>
            <translation>la búsqueda de imágenes</translation>
        </message>
        <message>
            <source>No images found in %1: the list is unchanged.</source>
            <translation>No se encontraron imágenes en %1: la lista no cambia.</translation>
        </message>
        <message>
            <source>No images found in %1.</source>
            <translation>No se encontraron imágenes en %1.</translation>
        </message>
        <message>
            <source>what was opened</source>
            <translation>lo que se abrió</translation>
        </message>
        <message>
            <source>The %1 file(s) in %2 are already in the list.</source>
            <translation>Los archivos de %2 (%1) ya están en la lista.</translation>
        </message>
        <message>
            <source>%1 of Pneumoscan's sample images were left out: samples never join a patient's list (Close all, then the welcome view opens them on their own).</source>
            <translation>Imágenes de ejemplo de Pneumoscan omitidas: %1. Los ejemplos nunca se unen a la lista de un paciente (use Cerrar todas las imágenes; después, la vista de bienvenida los abre por separado).</translation>
        </message>
    </context>
    <context>
        <name>StudyTableModel</name>
        <message>
            <source>All results</source>
            <translation>Todos los resultados</translation>
        </message>
        <message>
            <source>▲ PNEUMONIA</source>
            <translation>▲ NEUMONÍA</translation>
        </message>
        <message>
            <source>○ NORMAL</source>
            <translation>○ NORMAL</translation>
        </message>
        <message>
            <source>◇ Indeterminate</source>
            <translation>◇ Indeterminado</translation>
        </message>
        <message>
            <source>· not analysed</source>
            <translation>· no analizada</translation>
        </message>
        <message>
            <source>… analysing</source>
            <translation>… analizando</translation>
        </message>
        <message>
            <source>⚠ failed</source>
            <translation>⚠ error</translation>
        </message>
        <message>
            <source>⊘ not assessed</source>
            <translation>⊘ no evaluado</translation>
        </message>
        <message>
            <source>✓ agree</source>
            <translation>✓ de acuerdo</translation>
        </message>
        <message>
            <source>✗ disagree</source>
            <translation>✗ en desacuerdo</translation>
        </message>
        <message>
            <source>? unsure</source>
            <translation>? no estoy seguro</translation>
        </message>
        <message>
            <source>● read</source>
            <translation>● leído</translation>
        </message>
        <message>
            <source>↻ again</source>
            <translation>↻ releer</translation>
        </message>
        <message>
            <source>folder %1</source>
            <translation>carpeta %1</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>no PatientID</source>
            <translation>sin PatientID</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>PatientID</source>
            <translation>PatientID</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Fecha del estudio</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Proyección</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>N.º de acceso</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Estudio</translation>
        </message>
        <message>
            <source>relaxed</source>
            <translation>relajado</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nuevo</translation>
        </message>
        <message>
            <source>New from the X-ray unit (DICOM node), not yet opened
%1</source>
            <translation>Nueva del equipo de rayos X (nodo DICOM), aún sin abrir
%1</translation>
        </message>
        <message>
            <source>
Made on an earlier result (%1); this result needs a new reading.</source>
            <translation>
Hecha sobre un resultado anterior (%1); este resultado necesita una nueva lectura.</translation>
        </message>
        <message>
            <source>Reading %1 (%2) by %3, %4</source>
            <translation>Lectura %1 (%2), por %3, %4</translation>
        </message>
        <message>
            <source>
Note: %1</source>
            <translation>
Nota: %1</translation>
        </message>
        <message>
            <source>Pneumonia score (calibrated P(pneumonia) x 100); threshold %1</source>
            <translation>Puntuación de neumonía (P(neumonía) calibrada x 100); umbral %1</translation>
        </message>
        <message>
            <source>Pneumonia score</source>
            <translation>Puntuación de neumonía</translation>
        </message>
    </context>
    <context>
        <name>TrustBundleDialog</name>
        <message>
            <source>Use this model bundle?</source>
            <translation>¿Usar este paquete del modelo?</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; at %2 is not the model shipped with this Pneumoscan. Its decision threshold, indeterminate band and input checks decide every label: use it only if you know where it comes from and have read its model card.&lt;/p&gt;&lt;p&gt;Bundle identity: &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, en %2, no es el modelo incluido con este Pneumoscan. Su umbral de decisión, su franja de indeterminación y sus comprobaciones de la imagen deciden cada etiqueta: úselo solo si sabe de dónde procede y ha leído su ficha del modelo.&lt;/p&gt;&lt;p&gt;Identidad del paquete: &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Trust and use this bundle</source>
            <translation>Confiar en este paquete y usarlo</translation>
        </message>
        <message>
            <source>Do not use it</source>
            <translation>No usarlo</translation>
        </message>
    </context>
    <context>
        <name>ViewerPanel</name>
        <message>
            <source>Full range</source>
            <translation>Rango completo</translation>
        </message>
        <message>
            <source>Soft contrast</source>
            <translation>Contraste suave</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste alto</translation>
        </message>
        <message>
            <source>Lungs (dark)</source>
            <translation>Pulmones (oscuro)</translation>
        </message>
        <message>
            <source>Mediastinum (bright)</source>
            <translation>Mediastino (claro)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personalizado</translation>
        </message>
        <message>
            <source>Image min–max</source>
            <translation>Mín.–máx. de la imagen</translation>
        </message>
        <message>
            <source>Open files or a folder (File menu, or drag them here).</source>
            <translation>Abra archivos o una carpeta (menú Archivo, o arrástrelos aquí).</translation>
        </message>
        <message>
            <source>Heatmap</source>
            <translation>Mapa de calor</translation>
        </message>
        <message>
            <source>Show where hiding part of the image lowered the pneumonia score: the tint grows with that evidence, the cyan outline surrounds strong evidence, the cyan ring marks the strongest. It is not an outline of disease (Ctrl+H)</source>
            <translation>Mostrar dónde ocultar parte de la imagen bajó la puntuación de neumonía: el tinte crece con ese indicio, el contorno cian rodea los indicios fuertes, el anillo cian marca el más fuerte. No es un contorno de la enfermedad (Ctrl+H)</translation>
        </message>
        <message>
            <source>Heatmap opacity</source>
            <translation>Opacidad del mapa de calor</translation>
        </message>
        <message>
            <source>Heatmap colours, on one scale for every image: full colour = as much evidence as the strongest 1 % of pneumonia evidence on the model's validation images; weak evidence fades out. Shown by default only for PNEUMONIA and indeterminate results (Ctrl+H toggles).</source>
            <translation>Colores del mapa de calor, en una misma escala para todas las imágenes: color pleno = tanto indicio como el 1 % más fuerte de indicios de neumonía en las imágenes de validación del modelo; los indicios débiles se desvanecen. Se muestra por defecto solo en resultados NEUMONÍA e indeterminados (Ctrl+H lo alterna).</translation>
        </message>
        <message>
            <source>Heatmap colour map: inferno and cividis are perceptually uniform and legible with colour-vision deficiency; turbo is the rainbow map</source>
            <translation>Paleta del mapa de calor: inferno y cividis son perceptualmente uniformes y legibles con deficiencia de la visión del color; turbo es la paleta arcoíris</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Keep this window/level when moving to the next image (of the same kind of file)</source>
            <translation>Mantener esta ventana/nivel al pasar a la imagen siguiente (del mismo tipo de archivo)</translation>
        </message>
        <message>
            <source>Window/level: the file's own presets and VOI LUTs first (right-drag on the image to adjust; the box then says %1)</source>
            <translation>Ventana/nivel: primero los preajustes y las VOI LUT del propio archivo (arrastre con el botón derecho sobre la imagen para ajustar; la lista indica entonces %1)</translation>
        </message>
        <message>
            <source>Invert</source>
            <translation>Invertir</translation>
        </message>
        <message>
            <source>Overlay</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Patient, study and file in the image's corners (Ctrl+T)</source>
            <translation>Paciente, estudio y archivo en las esquinas de la imagen (Ctrl+T)</translation>
        </message>
        <message>
            <source>Zoom: screen pixels per image pixel</source>
            <translation>Zoom: píxeles de pantalla por píxel de imagen</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Fit to window (Ctrl+0)</source>
            <translation>Ajustar a la ventana (Ctrl+0)</translation>
        </message>
        <message>
            <source>Actual pixels (Ctrl+1)</source>
            <translation>Píxeles reales (Ctrl+1)</translation>
        </message>
        <message>
            <source>Zoom in about the centre (Ctrl++; the wheel zooms about the cursor)</source>
            <translation>Acercar alrededor del centro (Ctrl++; la rueda acerca alrededor del cursor)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Alejar (Ctrl+-)</translation>
        </message>
        <message>
            <source>Invert the grey levels (Ctrl+I)</source>
            <translation>Invertir los niveles de gris (Ctrl+I)</translation>
        </message>
        <message>
            <source>opacity</source>
            <translation>opacidad</translation>
        </message>
        <message>
            <source>%1: window width and level in the file's own units (its modality values)</source>
            <translation>%1: anchura y nivel de ventana en las unidades propias del archivo (sus valores de modalidad)</translation>
        </message>
        <message>
            <source>%1: window width and level in the file's own units (its stored grey values)</source>
            <translation>%1: anchura y nivel de ventana en las unidades propias del archivo (sus valores de gris almacenados)</translation>
        </message>
        <message>
            <source>Zoom %1</source>
            <translation>Zoom %1</translation>
        </message>
        <message>
            <source>LOW RESOLUTION: %1 × %2 px shown at %3×</source>
            <translation>BAJA RESOLUCIÓN: %1 × %2 px mostrados a %3×</translation>
        </message>
        <message>
            <source>fine detail is interpolated, not seen</source>
            <translation>el detalle fino se interpola, no se ve</translation>
        </message>
        <message>
            <source> -- LOW RESOLUTION image</source>
            <translation> -- imagen de BAJA RESOLUCIÓN</translation>
        </message>
    </context>
    <context>
        <name>ViewingController</name>
        <message>
            <source>No image matches the filter: change or clear it (Ctrl+F).</source>
            <translation>Ninguna imagen coincide con el filtro: cámbielo o bórrelo (Ctrl+F).</translation>
        </message>
        <message>
            <source>— no image shown</source>
            <translation>— no se muestra ninguna imagen</translation>
        </message>
        <message>
            <source>Unreadable.</source>
            <translation>Ilegible.</translation>
        </message>
        <message>
            <source>opening the image</source>
            <translation>la apertura de la imagen</translation>
        </message>
        <message>
            <source>⚠ %1 cannot be shown.
%2</source>
            <translation>⚠ No se puede mostrar %1.
%2</translation>
        </message>
        <message>
            <source>⚠ %1 changed since it was analysed.
Its result is not shown beside other pixels, and no reading can be recorded until it is analysed again.</source>
            <translation>⚠ %1 cambió desde que se analizó.
Su resultado no se muestra junto a otros píxeles y no se puede registrar ninguna lectura hasta que se analice de nuevo.</translation>
        </message>
        <message>
            <source>making the heatmap…</source>
            <translation>generando el mapa de calor…</translation>
        </message>
        <message>
            <source>making the heatmap</source>
            <translation>la generación del mapa de calor</translation>
        </message>
        <message>
            <source>no heatmap: %1</source>
            <translation>sin mapa de calor: %1</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWidget</name>
        <message>
            <source>Decision support for frontal chest X-rays of children: a pneumonia score, a label and a heatmap for each image. The clinician reads the image and decides.</source>
            <translation>Apoyo a la decisión para radiografías de tórax frontales de niños: una puntuación de neumonía, una etiqueta y un mapa de calor para cada imagen. El profesional clínico lee la imagen y decide.</translation>
        </message>
        <message>
            <source>Analyse the sample images</source>
            <translation>Analizar las imágenes de ejemplo</translation>
        </message>
        <message>
            <source>Open and analyse the bundled examples: a normal and a pneumonia radiograph, a pediatric DICOM, and an adult DICOM that is shown as out of scope</source>
            <translation>Abrir y analizar los ejemplos incluidos: una radiografía normal y una con neumonía, un DICOM pediátrico y un DICOM de adulto, que se muestra como fuera del uso previsto</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>Abrir carpeta…</translation>
        </message>
        <message>
            <source>Open files…</source>
            <translation>Abrir archivos…</translation>
        </message>
        <message>
            <source>Recent folders</source>
            <translation>Carpetas recientes</translation>
        </message>
        <message>
            <source>You can also drag files or folders onto this window.</source>
            <translation>También puede arrastrar archivos o carpetas a esta ventana.</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>No pneumonia pattern found. Other findings (pneumothorax, effusion, a foreign body, a fracture…) are not assessed.</source>
            <translation>No se encontró patrón de neumonía. Otros hallazgos (neumotórax, derrame, cuerpo extraño, fractura…) no se evalúan.</translation>
        </message>
        <message>
            <source>PNEUMONIA</source>
            <translation>NEUMONÍA</translation>
        </message>
        <message>
            <source>NORMAL</source>
            <translation>NORMAL</translation>
        </message>
        <message>
            <source>Indeterminate — read carefully</source>
            <translation>Indeterminado — lea con atención</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>No evaluado</translation>
        </message>
        <message>
            <source>Could not be read</source>
            <translation>No se pudo leer</translation>
        </message>
        <message>
            <source>Unsure</source>
            <translation>No estoy seguro</translation>
        </message>
        <message>
            <source>agree</source>
            <translation>de acuerdo</translation>
        </message>
        <message>
            <source>disagree</source>
            <translation>en desacuerdo</translation>
        </message>
        <message>
            <source>resolved indeterminate</source>
            <translation>indeterminado resuelto</translation>
        </message>
        <message>
            <source>unsure</source>
            <translation>no estoy seguro</translation>
        </message>
        <message>
            <source>How often a call is right depends on how common pneumonia is among the children you X-ray: set your clinic's prevalence in Settings to see it.</source>
            <translation>Con qué frecuencia un resultado es correcto depende de lo frecuente que sea la neumonía entre los niños que radiografía: indique la prevalencia de su centro en Configuración para verlo.</translation>
        </message>
        <message>
            <source>No call: score %1 of 100 lies in the indeterminate band (%2–%3) around the threshold, where the model is often wrong. Read the image carefully.</source>
            <translation>Sin conclusión: la puntuación %1 de 100 está en la franja de indeterminación (%2–%3) alrededor del umbral, donde el modelo se equivoca a menudo. Lea la imagen con atención.</translation>
        </message>
        <message>
            <source>Pneumonia pattern found: score %1 of 100, above the threshold %2.</source>
            <translation>Se encontró un patrón de neumonía: puntuación %1 de 100, por encima del umbral %2.</translation>
        </message>
        <message>
            <source>%1 Score %2 of 100, below the threshold %3.</source>
            <translation>%1 Puntuación %2 de 100, por debajo del umbral %3.</translation>
        </message>
        <message>
            <source>No score: the input check withheld it.</source>
            <translation>Sin puntuación: la comprobación de la imagen la retuvo.</translation>
        </message>
        <message>
            <source>This model records no sensitivity and specificity measured on images its threshold was not chosen on, so how often a call is right is not shown.</source>
            <translation>Este modelo no registra sensibilidad ni especificidad medidas en imágenes distintas de aquellas con las que se eligió su umbral, por lo que no se muestra con qué frecuencia un resultado es correcto.</translation>
        </message>
        <message>
            <source>How often a %1 call is right cannot be computed from the figures in force (sensitivity %2, specificity %3).</source>
            <translation>No se puede calcular con qué frecuencia un resultado %1 es correcto a partir de las cifras vigentes (sensibilidad %2, especificidad %3).</translation>
        </message>
        <message>
            <source>At a pneumonia prevalence of %1, %2 of %3 calls are right (%4%5). From sensitivity %6 and specificity %7 measured on %8.</source>
            <translation>Con una prevalencia de neumonía del %1, %2 de los resultados %3 son correctos (%4%5). Según una sensibilidad de %6 y una especificidad de %7 medidas en %8.</translation>
        </message>
        <message>
            <source>; 95 % range %1–%2</source>
            <translation>; intervalo del 95 %: %1–%2</translation>
        </message>
        <message>
            <source>over 99 %</source>
            <translation>más del 99 %</translation>
        </message>
        <message>
            <source>under 1 %</source>
            <translation>menos del 1 %</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>alrededor del %1</translation>
        </message>
        <message>
            <source>PPV</source>
            <translation>VPP</translation>
        </message>
        <message>
            <source>NPV</source>
            <translation>VPN</translation>
        </message>
    </context>
</TS>
