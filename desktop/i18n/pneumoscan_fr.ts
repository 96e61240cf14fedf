<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BatchSummaryWidget</name>
    <message>
        <source>Dismiss the batch summary</source>
        <translation>Fermer le résumé du lot</translation>
    </message>
</context>
<context>
    <name>ColourLegendWidget</name>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>opacity %1</source>
        <translation>opacité %1</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Decision support only — the clinician reads the image and decides.</source>
        <translation>Aide à la décision uniquement — le clinicien lit l&apos;image et décide.</translation>
    </message>
    <message>
        <source>Model result</source>
        <translation>Résultat du modèle</translation>
    </message>
    <message>
        <source>Your reading</source>
        <translation>Votre lecture</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Record your own reading of this image: %1 (%2). Saved at once, with your name; Undo (Ctrl+Z) takes it back.</source>
        <translation>Enregistrer votre propre lecture de cette image : %1 (%2). Enregistrée immédiatement, avec votre nom ; Annuler (Ctrl+Z) la retire.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo your last act on this image&apos;s reading (Ctrl+Z); recorded in the audit log</source>
        <translation>Annuler votre dernière action sur la lecture de cette image (Ctrl+Z) ; consigné dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Withdraw the reading of this image (recorded in the audit log)</source>
        <translation>Retirer la lecture de cette image (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Note (Alt+N; Enter saves it with your reading):</source>
        <translation>Remarque (Alt+N ; Entrée l&apos;enregistre avec votre lecture) :</translation>
    </message>
    <message>
        <source>Your note on this image</source>
        <translation>Votre remarque sur cette image</translation>
    </message>
    <message>
        <source>Image and model</source>
        <translation>Image et modèle</translation>
    </message>
    <message>
        <source>No reading yet: record yours (Ctrl+Shift+N / P / U).</source>
        <translation>Pas encore de lecture : enregistrez la vôtre (Ctrl+Maj+N / P / U).</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Note: %1</source>
        <translation>&lt;br/&gt;Remarque : %1</translation>
    </message>
    <message>
        <source>Your reading: &lt;b&gt;%1&lt;/b&gt; (%2) — saved by %3, %4</source>
        <translation>Votre lecture : &lt;b&gt;%1&lt;/b&gt; (%2) — enregistrée par %3, %4</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a05000&apos;&gt;&lt;b&gt;Read again:&lt;/b&gt; the reading %1 by %2 (%3) was made on an earlier result (%4). The result has changed since (another operating point, model or setting): record your reading of this result.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a05000&apos;&gt;&lt;b&gt;À relire :&lt;/b&gt; la lecture %1 de %2 (%3) portait sur un résultat antérieur (%4). Le résultat a changé depuis (autre point de fonctionnement, modèle ou paramètre) : enregistrez votre lecture de ce résultat.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Draft note, kept with this image: it is saved with your reading (record one, or press Enter to save it with the reading you made).</source>
        <translation>Brouillon de remarque, conservé avec cette image : il est enregistré avec votre lecture (enregistrez-en une, ou appuyez sur Entrée pour l&apos;enregistrer avec la lecture faite).</translation>
    </message>
    <message>
        <source>… being analysed again</source>
        <translation>… nouvelle analyse en cours</translation>
    </message>
    <message>
        <source>The operating point, model or settings changed: this image is analysed again. Its earlier result is not shown, so that no number mixes two operating points.</source>
        <translation>Le point de fonctionnement, le modèle ou les paramètres ont changé : cette image est analysée de nouveau. Son résultat antérieur n&apos;est pas affiché, afin qu&apos;aucun chiffre ne mélange deux points de fonctionnement.</translation>
    </message>
    <message>
        <source>— not analysed</source>
        <translation>— non analysée</translation>
    </message>
    <message>
        <source>No score: the input check withheld it. Why:</source>
        <translation>Pas de score : le contrôle de l&apos;image l&apos;a retenu. Pourquoi :</translation>
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
&lt;h3&gt;Usage prévu&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Pneumoscan est une aide à la décision, pas un diagnostic.&lt;/b&gt; Il est destiné à aider les cliniciens à lire
les &lt;b&gt;radiographies thoraciques de face (AP/PA) d&apos;enfants&lt;/b&gt;. Pour chaque image, il affiche un score de pneumonie (0–100, la
sortie du modèle étalonnée sur ses images de validation), le résultat qui découle du seuil de décision
— ou « Indéterminé — à lire attentivement » lorsque le score en est proche — et une carte de chaleur
des régions qui ont déterminé le score.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Le clinicien lit l&apos;image et prend la décision. N&apos;agissez jamais sur la seule base du résultat de Pneumoscan.&lt;/li&gt;
&lt;li&gt;Il recherche uniquement un aspect de pneumonie. Un résultat NORMAL signifie : %1&lt;/li&gt;
&lt;li&gt;Le modèle a été entraîné sur des patients pédiatriques âgés de 1 à 5 ans d&apos;un seul hôpital. Les résultats sur
des incidences de profil, des adultes, d&apos;autres régions anatomiques, des scanners/IRM ou des photographies n&apos;ont aucun sens.&lt;/li&gt;
&lt;li&gt;La carte de chaleur montre ce qui a influencé le score ; elle ne délimite pas la maladie.&lt;/li&gt;
&lt;li&gt;Des pneumonies manquées (faux NORMAL) et des fausses alertes se produisent ; voir Aide › Fiche du modèle pour
la sensibilité et la spécificité mesurées.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
        <source>Pneumoscan — intended use</source>
        <translation>Pneumoscan — usage prévu</translation>
    </message>
    <message>
        <source>I understand that Pneumoscan supports, and does not replace, clinical judgement.</source>
        <translation>Je comprends que Pneumoscan soutient le jugement clinique et ne le remplace pas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Studies</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reader: not chosen</source>
        <translation>Lecteur : non choisi</translation>
    </message>
    <message>
        <source>Who is reading: your name goes with every reading you record (Ctrl+Shift+L)</source>
        <translation>Qui lit : votre nom accompagne chaque lecture que vous enregistrez (Ctrl+Maj+L)</translation>
    </message>
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
    <name>MetadataTreeWidget</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Regulatory status: Pneumoscan has not been cleared, approved or CE-marked as a medical device by any regulator. It is decision support for trained clinicians, for use under local clinical governance: it must not be the sole basis of a diagnosis or a treatment decision.</source>
        <translation>Statut réglementaire : Pneumoscan n&apos;a été ni autorisé, ni homologué, ni marqué CE comme dispositif médical par aucune autorité. C&apos;est une aide à la décision pour des cliniciens formés, à utiliser dans le cadre de la gouvernance clinique locale : il ne doit jamais être la seule base d&apos;un diagnostic ou d&apos;une décision de traitement.</translation>
    </message>
    <message>
        <source>In plain words: this is not an approved medical device. It can be wrong. A clinician reads every image and makes every decision; Pneumoscan&apos;s label is a second opinion only.</source>
        <translation>En clair : ce n&apos;est pas un dispositif médical homologué. Il peut se tromper. Un clinicien lit chaque image et prend chaque décision ; le libellé de Pneumoscan n&apos;est qu&apos;un second avis.</translation>
    </message>
</context>
<context>
    <name>ScoreBarWidget</name>
    <message>
        <source>Pneumonia score 0-100: the model&apos;s output, calibrated on its validation images. It ranks images against the threshold; it is not the chance that this child has pneumonia. Dashed line: the decision threshold. Shaded: the indeterminate band, where the model&apos;s errors are frequent.</source>
        <translation>Score de pneumonie 0-100 : la sortie du modèle, étalonnée sur ses images de validation. Il classe les images par rapport au seuil ; ce n&apos;est pas la probabilité que cet enfant ait une pneumonie. Ligne pointillée : le seuil de décision. Zone ombrée : la zone d&apos;incertitude, où les erreurs du modèle sont fréquentes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>auto (64 on a GPU, 8 on the CPU)</source>
        <translation>auto (64 sur un GPU, 8 sur le CPU)</translation>
    </message>
    <message>
        <source>auto: int8 where the model passed its int8 check</source>
        <translation>auto : int8 si le modèle a réussi son contrôle int8</translation>
    </message>
    <message>
        <source>fp32 (full precision)</source>
        <translation>fp32 (pleine précision)</translation>
    </message>
    <message>
        <source>int8 (faster)</source>
        <translation>int8 (plus rapide)</translation>
    </message>
    <message>
        <source>Arithmetic on the CPU. The model card gives the int8 graph&apos;s agreement with fp32 on validation images. GPUs always run float16.</source>
        <translation>Calcul sur le CPU. La fiche du modèle donne l&apos;accord du graphe int8 avec fp32 sur les images de validation. Les GPU calculent toujours en float16.</translation>
    </message>
    <message>
        <source>Analyse automatically when images are opened</source>
        <translation>Analyser automatiquement les images à l&apos;ouverture</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>The language of Pneumoscan&apos;s windows and reports; applies when Pneumoscan next starts. The CSV, the audit log and DICOM objects stay in English.</source>
        <translation>La langue des fenêtres et des comptes rendus de Pneumoscan ; s&apos;applique au prochain démarrage. Le CSV, le journal d&apos;audit et les objets DICOM restent en anglais.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Processeur de calcul</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille des lots</translation>
    </message>
    <message>
        <source>CPU precision</source>
        <translation>Précision sur le CPU</translation>
    </message>
    <message>
        <source>Show heatmaps on NORMAL results too (default: only PNEUMONIA and indeterminate)</source>
        <translation>Afficher aussi la carte de chaleur des résultats NORMAL (par défaut : seulement PNEUMONIE et indéterminé)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Share of the children you X-ray who have pneumonia. PPV and NPV (how often a call is right) are computed for it; until it is set, the result panel says so.</source>
        <translation>Part des enfants radiographiés qui ont une pneumonie. La VPP et la VPN (à quelle fréquence un résultat est juste) sont calculées pour cette valeur ; tant qu&apos;elle n&apos;est pas définie, le panneau du résultat le signale.</translation>
    </message>
    <message>
        <source>Pneumonia prevalence at your clinic</source>
        <translation>Prévalence de la pneumonie dans votre structure</translation>
    </message>
    <message>
        <source>none: the model&apos;s own operating point</source>
        <translation>aucun : le point de fonctionnement propre au modèle</translation>
    </message>
    <message>
        <source>A site profile (pneumoscan-calibrate, or Analyse &gt; Calibrate to this clinic) sets the threshold and calibration fitted on your clinic&apos;s images</source>
        <translation>Un profil du site (pneumoscan-calibrate, ou Analyse &gt; Étalonner pour ce site) fixe le seuil et l&apos;étalonnage ajustés sur les images de votre structure</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Site profile</source>
        <translation>Profil du site</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the selected reader off this workstation&apos;s list (their readings stay theirs)</source>
        <translation>Retirer le lecteur sélectionné de la liste de ce poste (ses lectures restent les siennes)</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lecteurs</translation>
    </message>
    <message>
        <source>Readers add themselves when they first record a reading (status bar: Reader).</source>
        <translation>Les lecteurs s&apos;ajoutent eux-mêmes lors de leur première lecture enregistrée (barre d&apos;état : Lecteur).</translation>
    </message>
    <message>
        <source>Device changes take effect when the model reloads (now).</source>
        <translation>Un changement de processeur de calcul prend effet au rechargement du modèle (immédiat).</translation>
    </message>
    <message>
        <source>Assess even when the modality is not CR/DX</source>
        <translation>Évaluer même si la modalité n&apos;est pas CR/DX</translation>
    </message>
    <message>
        <source>Assess even when the body part is not the chest</source>
        <translation>Évaluer même si la région anatomique n&apos;est pas le thorax</translation>
    </message>
    <message>
        <source>Assess even when the view is not frontal (AP/PA)</source>
        <translation>Évaluer même si l&apos;incidence n&apos;est pas de face (AP/PA)</translation>
    </message>
    <message>
        <source>Assess images with no recorded age as children up to</source>
        <translation>Évaluer les images sans âge enregistré comme des enfants jusqu&apos;à</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Only images whose file records no age at all: the adult-appearance check is skipped for them. An age outside the model&apos;s population, or one that is recorded but cannot be read, is never assessed.</source>
        <translation>Seulement les images dont le fichier n&apos;enregistre aucun âge : le contrôle d&apos;aspect adulte n&apos;est pas fait pour elles. Un âge hors de la population du modèle, ou un âge enregistré mais illisible, n&apos;est jamais évalué.</translation>
    </message>
    <message>
        <source>Relax input check</source>
        <translation>Assouplir un contrôle de l&apos;image</translation>
    </message>
    <message>
        <source>Relaxed checks are shown in the status bar and recorded with every result.</source>
        <translation>Les contrôles assouplis sont affichés dans la barre d&apos;état et enregistrés avec chaque résultat.</translation>
    </message>
    <message>
        <source>Choose a site profile</source>
        <translation>Choisir un profil du site</translation>
    </message>
    <message>
        <source>Site profiles (*.json);;All files (*)</source>
        <translation>Profils du site (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A site profile can be chosen once a model is loaded.</source>
        <translation>Un profil du site peut être choisi une fois un modèle chargé.</translation>
    </message>
</context>
<context>
    <name>StudyListPanel</name>
    <message>
        <source>Show only rows with this result</source>
        <translation>N&apos;afficher que les lignes ayant ce résultat</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): file, PatientID, accession…</source>
        <translation>Filtre (Ctrl+F) : fichier, PatientID, accession…</translation>
    </message>
    <message>
        <source>Rows shown by the filter, of all rows</source>
        <translation>Lignes affichées par le filtre, sur l&apos;ensemble des lignes</translation>
    </message>
    <message>
        <source> (nothing to show yet)</source>
        <translation> (rien à afficher pour l&apos;instant)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>StudyTableModel</name>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>▲ PNEUMONIA</source>
        <translation>▲ PNEUMONIE</translation>
    </message>
    <message>
        <source>○ NORMAL</source>
        <translation>○ NORMAL</translation>
    </message>
    <message>
        <source>◇ Indeterminate</source>
        <translation>◇ Indéterminé</translation>
    </message>
    <message>
        <source>· not analysed</source>
        <translation>· non analysée</translation>
    </message>
    <message>
        <source>… analysing</source>
        <translation>… analyse en cours</translation>
    </message>
    <message>
        <source>⚠ failed</source>
        <translation>⚠ échec</translation>
    </message>
    <message>
        <source>⊘ not assessed</source>
        <translation>⊘ non évalué</translation>
    </message>
    <message>
        <source>✓ agree</source>
        <translation>✓ d&apos;accord</translation>
    </message>
    <message>
        <source>✗ disagree</source>
        <translation>✗ pas d&apos;accord</translation>
    </message>
    <message>
        <source>? unsure</source>
        <translation>? incertain</translation>
    </message>
    <message>
        <source>● read</source>
        <translation>● lu</translation>
    </message>
    <message>
        <source>↻ again</source>
        <translation>↻ à relire</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>PatientID</source>
        <translation>PatientID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date de l&apos;examen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Incidence</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N° d&apos;accession</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>assoupli</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>ViewerPanel</name>
    <message>
        <source>Open files or a folder (File menu, or drag them here).</source>
        <translation>Ouvrez des fichiers ou un dossier (menu Fichier, ou faites-les glisser ici).</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Show where hiding part of the image lowered the pneumonia score: the tint grows with that evidence, the cyan outline surrounds strong evidence, the cyan ring marks the strongest. It is not an outline of disease (Ctrl+H)</source>
        <translation>Montrer où masquer une partie de l&apos;image a fait baisser le score de pneumonie : la teinte croît avec cet indice, le contour cyan entoure les indices forts, l&apos;anneau cyan marque le plus fort. Ce n&apos;est pas un contour de la maladie (Ctrl+H)</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacité de la carte de chaleur</translation>
    </message>
    <message>
        <source>Heatmap colours, on one scale for every image: full colour = as much evidence as the strongest 1 % of pneumonia evidence on the model&apos;s validation images; weak evidence fades out. Shown by default only for PNEUMONIA and indeterminate results (Ctrl+H toggles).</source>
        <translation>Couleurs de la carte de chaleur, sur une même échelle pour toutes les images : couleur pleine = autant d&apos;indices que les 1 % d&apos;indices de pneumonie les plus forts sur les images de validation du modèle ; les indices faibles s&apos;estompent. Affichée par défaut seulement pour les résultats PNEUMONIE et indéterminés (Ctrl+H pour basculer).</translation>
    </message>
    <message>
        <source>Heatmap colour map: inferno and cividis are perceptually uniform and legible with colour-vision deficiency; turbo is the rainbow map</source>
        <translation>Palette de la carte de chaleur : inferno et cividis sont perceptuellement uniformes et lisibles en cas de trouble de la vision des couleurs ; turbo est la palette arc-en-ciel</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Keep this window/level when moving to the next image (of the same kind of file)</source>
        <translation>Garder cette fenêtre/niveau en passant à l&apos;image suivante (du même type de fichier)</translation>
    </message>
    <message>
        <source>Window/level: the file&apos;s own presets and VOI LUTs first (right-drag on the image to adjust; the box then says Custom)</source>
        <translation>Fenêtre/niveau : d&apos;abord les préréglages et les VOI LUT du fichier (glisser avec le bouton droit sur l&apos;image pour ajuster ; la liste affiche alors Custom)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Patient, study and file in the image&apos;s corners (Ctrl+T)</source>
        <translation>Patient, examen et fichier dans les coins de l&apos;image (Ctrl+T)</translation>
    </message>
    <message>
        <source>Zoom: screen pixels per image pixel</source>
        <translation>Zoom : pixels d&apos;écran par pixel d&apos;image</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajuster à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>Actual pixels (Ctrl+1)</source>
        <translation>Taille réelle (Ctrl+1)</translation>
    </message>
    <message>
        <source>Zoom in about the centre (Ctrl++; the wheel zooms about the cursor)</source>
        <translation>Zoom avant autour du centre (Ctrl++ ; la molette zoome autour du curseur)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Invert the grey levels (Ctrl+I)</source>
        <translation>Inverser les niveaux de gris (Ctrl+I)</translation>
    </message>
    <message>
        <source>opacity</source>
        <translation>opacité</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
    <message>
        <source>LOW RESOLUTION: %1 × %2 px shown at %3×</source>
        <translation>BASSE RÉSOLUTION : %1 × %2 px affichés à %3×</translation>
    </message>
    <message>
        <source>fine detail is interpolated, not seen</source>
        <translation>les détails fins sont interpolés, non vus</translation>
    </message>
    <message>
        <source> -- LOW RESOLUTION image</source>
        <translation> -- image en BASSE RÉSOLUTION</translation>
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
<context>
    <name>Wording</name>
    <message>
        <source>No pneumonia pattern found. Other findings (pneumothorax, effusion, a foreign body, a fracture…) are not assessed.</source>
        <translation>Aucun aspect de pneumonie. Les autres anomalies (pneumothorax, épanchement, corps étranger, fracture…) ne sont pas évaluées.</translation>
    </message>
    <message>
        <source>PNEUMONIA</source>
        <translation>PNEUMONIE</translation>
    </message>
    <message>
        <source>NORMAL</source>
        <translation>NORMAL</translation>
    </message>
    <message>
        <source>Indeterminate — read carefully</source>
        <translation>Indéterminé — à lire attentivement</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>How often a call is right depends on how common pneumonia is among the children you X-ray: set your clinic&apos;s prevalence in Settings to see it.</source>
        <translation>La fréquence à laquelle un résultat est juste dépend de la fréquence de la pneumonie chez les enfants que vous radiographiez : indiquez la prévalence de votre structure dans les Paramètres pour la voir.</translation>
    </message>
    <message>
        <source>No call: score %1 of 100 lies in the indeterminate band (%2–%3) around the threshold, where the model is often wrong. Read the image carefully.</source>
        <translation>Pas de conclusion : le score %1 sur 100 se situe dans la zone d&apos;incertitude (%2–%3) autour du seuil, où le modèle se trompe souvent. Lisez l&apos;image attentivement.</translation>
    </message>
    <message>
        <source>Pneumonia pattern found: score %1 of 100, above the threshold %2.</source>
        <translation>Aspect de pneumonie trouvé : score %1 sur 100, au-dessus du seuil %2.</translation>
    </message>
    <message>
        <source>%1 Score %2 of 100, below the threshold %3.</source>
        <translation>%1 Score %2 sur 100, sous le seuil %3.</translation>
    </message>
    <message>
        <source>No score: the input check withheld it.</source>
        <translation>Pas de score : le contrôle de l&apos;image l&apos;a retenu.</translation>
    </message>
    <message>
        <source>This model records no sensitivity and specificity measured on images its threshold was not chosen on, so how often a call is right is not shown.</source>
        <translation>Ce modèle n&apos;enregistre aucune sensibilité ni spécificité mesurées sur des images autres que celles ayant servi à choisir son seuil ; la fréquence à laquelle un résultat est juste n&apos;est donc pas affichée.</translation>
    </message>
    <message>
        <source>How often a %1 call is right cannot be computed from the figures in force (sensitivity %2, specificity %3).</source>
        <translation>La fréquence à laquelle un résultat %1 est juste ne peut pas être calculée à partir des valeurs en vigueur (sensibilité %2, spécificité %3).</translation>
    </message>
    <message>
        <source>At a pneumonia prevalence of %1, %2 of %3 calls are right (%4%5). From sensitivity %6 and specificity %7 measured on %8.</source>
        <translation>Pour une prévalence de la pneumonie de %1, %2 des résultats %3 sont justes (%4%5). D&apos;après une sensibilité de %6 et une spécificité de %7 mesurées sur %8.</translation>
    </message>
    <message>
        <source>; 95 % range %1–%2</source>
        <translation>; intervalle à 95 % : %1–%2</translation>
    </message>
    <message>
        <source>over 99 %</source>
        <translation>plus de 99 %</translation>
    </message>
    <message>
        <source>under 1 %</source>
        <translation>moins de 1 %</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
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
