<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Decision support for frontal chest X-rays of children: a pneumonia score, a label and a heatmap for each image. The clinician reads the image and decides.</source>
        <translation>Apoio à decisão para radiografias do tórax frontais de crianças: uma pontuação de pneumonia, uma etiqueta e um mapa de calor para cada imagem. O profissional de saúde lê a imagem e decide.</translation>
    </message>
    <message>
        <source>Analyse the sample images</source>
        <translation>Analisar as imagens de exemplo</translation>
    </message>
    <message>
        <source>Open and analyse the bundled examples: a normal and a pneumonia radiograph, a pediatric DICOM, and an adult DICOM that is shown as out of scope</source>
        <translation>Abrir e analisar os exemplos incluídos: uma radiografia normal e uma com pneumonia, um DICOM pediátrico e um DICOM de adulto, apresentado como fora da utilização prevista</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Abrir pasta…</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Abrir ficheiros…</translation>
    </message>
    <message>
        <source>Recent folders</source>
        <translation>Pastas recentes</translation>
    </message>
    <message>
        <source>You can also drag files or folders onto this window.</source>
        <translation>Também pode arrastar ficheiros ou pastas para esta janela.</translation>
    </message>
</context>
</TS>
