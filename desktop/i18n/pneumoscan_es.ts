<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
