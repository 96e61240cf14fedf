<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Decision support for frontal chest X-rays of children: a pneumonia score, a label and a heatmap for each image. The clinician reads the image and decides.</source>
        <translation>Aide à la décision pour les radiographies thoraciques de face chez l&apos;enfant : un score de pneumonie, un libellé et une carte de chaleur pour chaque image. Le clinicien lit l&apos;image et décide.</translation>
    </message>
    <message>
        <source>Analyse the sample images</source>
        <translation>Analyser les images d&apos;exemple</translation>
    </message>
    <message>
        <source>Open and analyse the bundled examples: a normal and a pneumonia radiograph, a pediatric DICOM, and an adult DICOM that is shown as out of scope</source>
        <translation>Ouvrir et analyser les exemples fournis : une radiographie normale et une avec pneumonie, un DICOM pédiatrique et un DICOM d&apos;adulte, affiché comme hors du champ d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Recent folders</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <source>You can also drag files or folders onto this window.</source>
        <translation>Vous pouvez aussi faire glisser des fichiers ou des dossiers sur cette fenêtre.</translation>
    </message>
</context>
</TS>
