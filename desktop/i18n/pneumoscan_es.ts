<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BatchSummaryWidget</name>
    <message>
        <source>Dismiss the batch summary</source>
        <translation>Cerrar el resumen del lote</translation>
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
    <name>DetailsPanel</name>
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
        <source>Undo your last act on this image&apos;s reading (Ctrl+Z); recorded in the audit log</source>
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
        <source>&lt;span style=&apos;color:#a05000&apos;&gt;&lt;b&gt;Read again:&lt;/b&gt; the reading %1 by %2 (%3) was made on an earlier result (%4). The result has changed since (another operating point, model or setting): record your reading of this result.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a05000&apos;&gt;&lt;b&gt;Vuelva a leer:&lt;/b&gt; la lectura %1 de %2 (%3) se hizo sobre un resultado anterior (%4). El resultado ha cambiado desde entonces (otro punto de funcionamiento, modelo o ajuste): registre su lectura de este resultado.&lt;/span&gt;</translation>
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
        <source>No score: the input check withheld it. Why:</source>
        <translation>Sin puntuación: la comprobación de la imagen la retuvo. Por qué:</translation>
    </message>
</context>
<context>
    <name>IntendedUseDialog</name>
    <message>
        <source>
&lt;h3&gt;Intended use&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Pneumoscan is decision support, not a diagnosis.&lt;/b&gt; It is intended to help clinicians read
&lt;b&gt;frontal (AP/PA) chest X-rays of children&lt;/b&gt;. For each image it shows a pneumonia score (0&amp;ndash;100, the
model&apos;s output calibrated on its validation images), the result that follows from the decision threshold
&amp;mdash; or &amp;ldquo;Indeterminate &amp;mdash; read carefully&amp;rdquo; when the score is close to it &amp;mdash; and a heatmap
of the regions that drove the score.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;The clinician reads the image and makes the decision. Never act on Pneumoscan&apos;s output alone.&lt;/li&gt;
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
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Open the images the DICOM node received</source>
        <translation>Abrir las imágenes recibidas por el nodo DICOM</translation>
    </message>
    <message>
        <source>DICOM node…</source>
        <translation>Nodo DICOM…</translation>
    </message>
    <message>
        <source>My reading: NORMAL</source>
        <translation>Mi lectura: NORMAL</translation>
    </message>
    <message>
        <source>My reading: PNEUMONIA</source>
        <translation>Mi lectura: NEUMONÍA</translation>
    </message>
    <message>
        <source>My reading: unsure</source>
        <translation>Mi lectura: no estoy seguro</translation>
    </message>
    <message>
        <source>Undo my last act on this image&apos;s reading</source>
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
        <source>Calibrate to this clinic…</source>
        <translation>Calibrar para este centro…</translation>
    </message>
    <message>
        <source>Use the model&apos;s own operating point</source>
        <translation>Usar el punto de funcionamiento propio del modelo</translation>
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
        <source>Reset layout</source>
        <translation>Restablecer la disposición</translation>
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
    <name>Product</name>
    <message>
        <source>Regulatory status: Pneumoscan has not been cleared, approved or CE-marked as a medical device by any regulator. It is decision support for trained clinicians, for use under local clinical governance: it must not be the sole basis of a diagnosis or a treatment decision.</source>
        <translation>Situación reglamentaria: Pneumoscan no ha sido autorizado, aprobado ni marcado CE como producto sanitario por ninguna autoridad. Es un apoyo a la decisión para profesionales clínicos formados, para usar bajo la gobernanza clínica local: nunca debe ser la única base de un diagnóstico o de una decisión de tratamiento.</translation>
    </message>
    <message>
        <source>In plain words: this is not an approved medical device. It can be wrong. A clinician reads every image and makes every decision; Pneumoscan&apos;s label is a second opinion only.</source>
        <translation>En pocas palabras: no es un producto sanitario autorizado. Puede equivocarse. Un profesional clínico lee cada imagen y toma cada decisión; la etiqueta de Pneumoscan es solo una segunda opinión.</translation>
    </message>
</context>
<context>
    <name>ScoreBarWidget</name>
    <message>
        <source>Pneumonia score 0-100: the model&apos;s output, calibrated on its validation images. It ranks images against the threshold; it is not the chance that this child has pneumonia. Dashed line: the decision threshold. Shaded: the indeterminate band, where the model&apos;s errors are frequent.</source>
        <translation>Puntuación de neumonía 0-100: la salida del modelo, calibrada con sus imágenes de validación. Ordena las imágenes respecto al umbral; no es la probabilidad de que este niño tenga neumonía. Línea discontinua: el umbral de decisión. Sombreado: la franja de indeterminación, donde los errores del modelo son frecuentes.</translation>
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
        <source>Arithmetic on the CPU. The model card gives the int8 graph&apos;s agreement with fp32 on validation images. GPUs always run float16.</source>
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
        <source>The language of Pneumoscan&apos;s windows and reports; applies when Pneumoscan next starts. The CSV, the audit log and DICOM objects stay in English.</source>
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
        <source>none: the model&apos;s own operating point</source>
        <translation>ninguno: el punto de funcionamiento propio del modelo</translation>
    </message>
    <message>
        <source>A site profile (pneumoscan-calibrate, or Analyse &gt; Calibrate to this clinic) sets the threshold and calibration fitted on your clinic&apos;s images</source>
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
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the selected reader off this workstation&apos;s list (their readings stay theirs)</source>
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
        <source>Only images whose file records no age at all: the adult-appearance check is skipped for them. An age outside the model&apos;s population, or one that is recorded but cannot be read, is never assessed.</source>
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
        <source> (nothing to show yet)</source>
        <translation> (nada que mostrar aún)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
</context>
<context>
    <name>ViewerPanel</name>
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
        <source>Heatmap colours, on one scale for every image: full colour = as much evidence as the strongest 1 % of pneumonia evidence on the model&apos;s validation images; weak evidence fades out. Shown by default only for PNEUMONIA and indeterminate results (Ctrl+H toggles).</source>
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
        <source>Window/level: the file&apos;s own presets and VOI LUTs first (right-drag on the image to adjust; the box then says Custom)</source>
        <translation>Ventana/nivel: primero los preajustes y las VOI LUT del propio archivo (arrastre con el botón derecho sobre la imagen para ajustar; la lista indica entonces Custom)</translation>
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
        <source>Patient, study and file in the image&apos;s corners (Ctrl+T)</source>
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
        <source>How often a call is right depends on how common pneumonia is among the children you X-ray: set your clinic&apos;s prevalence in Settings to see it.</source>
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
