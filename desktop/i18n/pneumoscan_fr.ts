<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Open files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Recent folders</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export CSV of the selected rows…</source>
        <translation>Exporter en CSV les lignes sélectionnées…</translation>
    </message>
    <message>
        <source>Export heatmap overlays…</source>
        <translation>Exporter les cartes de chaleur superposées…</translation>
    </message>
    <message>
        <source>Close all images</source>
        <translation>Fermer toutes les images</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Analyse all</source>
        <translation>Tout analyser</translation>
    </message>
    <message>
        <source>Analyse selected</source>
        <translation>Analyser la sélection</translation>
    </message>
    <message>
        <source>Cancel analysis…</source>
        <translation>Annuler l&apos;analyse…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Open the images the DICOM node received</source>
        <translation>Ouvrir les images reçues par le nœud DICOM</translation>
    </message>
    <message>
        <source>DICOM node…</source>
        <translation>Nœud DICOM…</translation>
    </message>
    <message>
        <source>My reading: NORMAL</source>
        <translation>Ma lecture : NORMAL</translation>
    </message>
    <message>
        <source>My reading: PNEUMONIA</source>
        <translation>Ma lecture : PNEUMONIE</translation>
    </message>
    <message>
        <source>My reading: unsure</source>
        <translation>Ma lecture : incertain</translation>
    </message>
    <message>
        <source>Undo my last act on this image&apos;s reading</source>
        <translation>Annuler ma dernière action sur la lecture de cette image</translation>
    </message>
    <message>
        <source>Clear the reading of this image</source>
        <translation>Effacer la lecture de cette image</translation>
    </message>
    <message>
        <source>Write a note on this image</source>
        <translation>Écrire une remarque sur cette image</translation>
    </message>
    <message>
        <source>Who is reading…</source>
        <translation>Qui lit…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Imprimer le compte rendu…</translation>
    </message>
    <message>
        <source>Calibrate to this clinic…</source>
        <translation>Étalonner pour ce site…</translation>
    </message>
    <message>
        <source>Use the model&apos;s own operating point</source>
        <translation>Utiliser le point de fonctionnement propre au modèle</translation>
    </message>
    <message>
        <source>Next study</source>
        <translation>Examen suivant</translation>
    </message>
    <message>
        <source>Previous study</source>
        <translation>Examen précédent</translation>
    </message>
    <message>
        <source>First study</source>
        <translation>Premier examen</translation>
    </message>
    <message>
        <source>Last study</source>
        <translation>Dernier examen</translation>
    </message>
    <message>
        <source>Filter the study list</source>
        <translation>Filtrer la liste des examens</translation>
    </message>
    <message>
        <source>Group the list by study</source>
        <translation>Regrouper la liste par examen</translation>
    </message>
    <message>
        <source>Toggle heatmap</source>
        <translation>Afficher/masquer la carte de chaleur</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Actual pixels (1:1)</source>
        <translation>Taille réelle (1:1)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Patient overlay</source>
        <translation>Informations patient sur l&apos;image</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Rétablir la disposition</translation>
    </message>
    <message>
        <source>Intended use…</source>
        <translation>Usage prévu…</translation>
    </message>
    <message>
        <source>Model card…</source>
        <translation>Fiche du modèle…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Raccourcis clavier…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>About Pneumoscan…</source>
        <translation>À propos de Pneumoscan…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Study list columns</source>
        <translation>Colonnes de la liste des examens</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
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
