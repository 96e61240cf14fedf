<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>MainWindow</name>
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
</TS>
