<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>, made %1</source>
            <translation>, créé le %1</translation>
        </message>
        <message>
            <source>&lt;br/&gt;Bundle identity (sha256 of bundle.json, covering every file and decision parameter):&lt;br/&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br/&gt;Operating point: </source>
            <translation>&lt;br/&gt;Identité du paquet (sha256 de bundle.json, couvrant chaque fichier et chaque paramètre de décision) :&lt;br/&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br/&gt;Point de fonctionnement : </translation>
        </message>
        <message>
            <source>site profile %1, identity &lt;code&gt;%2&lt;/code&gt;</source>
            <translation>profil du site %1, identité &lt;code&gt;%2&lt;/code&gt;</translation>
        </message>
        <message>
            <source>the model's own (no site profile)</source>
            <translation>celui du modèle (aucun profil du site)</translation>
        </message>
        <message>
            <source>no model installed</source>
            <translation>aucun modèle installé</translation>
        </message>
        <message>
            <source>installed build</source>
            <translation>version installée</translation>
        </message>
        <message>
            <source>run from source</source>
            <translation>exécuté depuis les sources</translation>
        </message>
        <message>
            <source>&lt;br/&gt;&lt;b&gt;Local support:&lt;/b&gt; %1</source>
            <translation>&lt;br/&gt;&lt;b&gt;Assistance locale :&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Pneumoscan %1&lt;/h3&gt;&lt;p&gt;Decision support for reading pediatric chest X-rays (NORMAL / PNEUMONIA).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Pneumoscan %1&lt;/h3&gt;&lt;p&gt;Aide à la décision pour la lecture des radiographies thoraciques pédiatriques (NORMAL / PNEUMONIE).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Manufacturer:&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;Contact:&lt;/b&gt; %2%3&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Fabricant :&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;Contact :&lt;/b&gt; %2%3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Model:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Modèle :&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Software:&lt;/b&gt; %1 (%2)&lt;br/&gt;&lt;b&gt;Inference:&lt;/b&gt; %3&lt;br/&gt;&lt;b&gt;Log folder:&lt;/b&gt; %4&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Logiciel :&lt;/b&gt; %1 (%2)&lt;br/&gt;&lt;b&gt;Inférence :&lt;/b&gt; %3&lt;br/&gt;&lt;b&gt;Dossier des journaux :&lt;/b&gt; %4&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not loaded</source>
            <translation>non chargé</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Risks that remain&lt;/b&gt; (the hazard log, %1 in the source, ties every known hazard to its control and its test):&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Risques qui subsistent&lt;/b&gt; (le registre des dangers, %1 dans les sources, relie chaque danger connu à sa mesure de maîtrise et à son test) :&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Readings cannot be recorded</source>
            <translation>Les lectures ne peuvent pas être enregistrées</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Fiche du modèle</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>About Pneumoscan</source>
            <translation>À propos de Pneumoscan</translation>
        </message>
        <message>
            <source>Reader: %1</source>
            <translation>Lecteur : %1</translation>
        </message>
        <message>
            <source>No images received yet</source>
            <translation>Aucune image reçue pour l'instant</translation>
        </message>
        <message>
            <source>The DICOM node's store (%1) is empty: turn the node on in Analyse ▸ DICOM node… and send images to it.</source>
            <translation>Le dossier de stockage du nœud DICOM (%1) est vide : activez le nœud dans Analyse ▸ Nœud DICOM… et envoyez-lui des images.</translation>
        </message>
        <message>
            <source>The audit log is not being written</source>
            <translation>Le journal d'audit n'est pas écrit</translation>
        </message>
        <message>
            <source>Pneumoscan could not write its audit log (%1): results and exports since then are not recorded in it. Free some disk space or ask for write access to the folder, then restart Pneumoscan.</source>
            <translation>Pneumoscan n'a pas pu écrire son journal d'audit (%1) : les résultats et les exportations effectués depuis n'y sont pas consignés. Libérez de l'espace disque ou demandez un accès en écriture au dossier, puis redémarrez Pneumoscan.</translation>
        </message>
        <message>
            <source>Audit log: %1</source>
            <translation>Journal d'audit : %1</translation>
        </message>
        <message>
            <source>Pneumoscan: %1 failed</source>
            <translation>Pneumoscan : échec (%1)</translation>
        </message>
        <message>
            <source>Details are in the log folder (%1).</source>
            <translation>Les détails se trouvent dans le dossier des journaux (%1).</translation>
        </message>
        <message>
            <source>Settings changed: %1 result(s) are being decided again under them (from the stored model outputs where possible).</source>
            <translation>Paramètres modifiés : %1 résultat(s) en cours de réévaluation selon les nouveaux paramètres (à partir des sorties du modèle enregistrées, lorsque c'est possible).</translation>
        </message>
        <message>
            <source>The new settings apply when the running batch finishes; its results are then decided again under them.</source>
            <translation>Les nouveaux paramètres s'appliqueront à la fin du lot en cours ; ses résultats seront alors réévalués selon ces paramètres.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>All entries</source>
            <translation>Toutes les entrées</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>Lectures</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Exports and reports</source>
            <translation>Exportations et comptes rendus</translation>
        </message>
        <message>
            <source>Model, settings, site profile and readers</source>
            <translation>Modèle, paramètres, profil du site et lecteurs</translation>
        </message>
        <message>
            <source>&lt;p&gt;Audit log: %1 (newest first, %2 entries shown)&lt;/p&gt;</source>
            <translation>&lt;p&gt;Journal d'audit : %1 (les plus récentes en premier, %2 entrées affichées)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>time (local)</source>
            <translation>heure (locale)</translation>
        </message>
        <message>
            <source>account</source>
            <translation>compte</translation>
        </message>
        <message>
            <source>what</source>
            <translation>événement</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
    </context>
    <context>
        <name>BatchController</name>
        <message>
            <source>%1 of the %2 image(s) asked for are being analysed now; the others already have results at the settings in force.</source>
            <translation>%1 des %2 image(s) demandée(s) sont en cours d'analyse ; les autres ont déjà des résultats avec les paramètres en vigueur.</translation>
        </message>
        <message>
            <source>Nothing to analyse: the %1 image(s) asked for already have results at the settings in force (files that are not images cannot be analysed).</source>
            <translation>Rien à analyser : les %1 image(s) demandée(s) ont déjà des résultats avec les paramètres en vigueur (les fichiers qui ne sont pas des images ne peuvent pas être analysés).</translation>
        </message>
        <message>
            <source>No images to analyse.</source>
            <translation>Aucune image à analyser.</translation>
        </message>
        <message>
            <source>%1 image(s) queued: they are analysed when the current batch or the model loading finishes.</source>
            <translation>%1 image(s) en file d'attente : elles seront analysées à la fin du lot en cours ou du chargement du modèle.</translation>
        </message>
        <message>
            <source>%1 img/s, about %2 s left</source>
            <translation>%1 img/s, environ %2 s restantes</translation>
        </message>
    </context>
    <context>
        <name>BatchSummary</name>
        <message>
            <source>&lt;br/&gt;%1 other file(s) in the folder are not images (filter: %2).</source>
            <translation>&lt;br/&gt;%1 autre(s) fichier(s) du dossier ne sont pas des images (filtre : %2).</translation>
        </message>
        <message>
            <source>&lt;br/&gt;Readings: </source>
            <translation>&lt;br/&gt;Lectures : </translation>
        </message>
        <message>
            <source>&lt;br/&gt;&lt;b&gt;In the list: %1, %2&lt;/b&gt; &amp;nbsp;</source>
            <translation>&lt;br/&gt;&lt;b&gt;Dans la liste : %1, %2&lt;/b&gt; &amp;nbsp;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Batch cancelled:&lt;/b&gt; %1 of %2 images in %3 s (%4 images/s)&lt;br/&gt;</source>
            <translation>&lt;b&gt;Lot annulé :&lt;/b&gt; %1 images sur %2 en %3 s (%4 images/s)&lt;br/&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Batch finished:&lt;/b&gt; %1 of %2 images in %3 s (%4 images/s)&lt;br/&gt;</source>
            <translation>&lt;b&gt;Lot terminé :&lt;/b&gt; %1 images sur %2 en %3 s (%4 images/s)&lt;br/&gt;</translation>
        </message>
    </context>
    <context>
        <name>BatchSummaryWidget</name>
        <message>
            <source>Dismiss the batch summary</source>
            <translation>Fermer le résumé du lot</translation>
        </message>
    </context>
    <context>
        <name>BundleSession</name>
        <message>
            <source>No model installed — images can be opened and viewed, not analysed.</source>
            <translation>Aucun modèle installé — les images peuvent être ouvertes et affichées, mais pas analysées.</translation>
        </message>
        <message>
            <source>Model problem</source>
            <translation>Problème de modèle</translation>
        </message>
        <message>
            <source>The installed model cannot be used (see message).</source>
            <translation>Le modèle installé ne peut pas être utilisé (voir le message).</translation>
        </message>
        <message>
            <source>Site profile not used</source>
            <translation>Profil du site non utilisé</translation>
        </message>
        <message>
            <source>%1 The model's own operating point is used.</source>
            <translation>%1 Le point de fonctionnement propre au modèle est utilisé.</translation>
        </message>
        <message>
            <source>Waiting for you to confirm the model bundle…</source>
            <translation>En attente de votre confirmation du paquet du modèle…</translation>
        </message>
        <message>
            <source>The model bundle was not trusted — images can be viewed, not analysed.</source>
            <translation>Le paquet du modèle n'a pas été approuvé — les images peuvent être affichées, mais pas analysées.</translation>
        </message>
        <message>
            <source>Loading model %1…</source>
            <translation>Chargement du modèle %1…</translation>
        </message>
        <message>
            <source>loading the model</source>
            <translation>chargement du modèle</translation>
        </message>
        <message>
            <source>Model could not be loaded — images can still be viewed.</source>
            <translation>Le modèle n'a pas pu être chargé — les images peuvent toujours être affichées.</translation>
        </message>
        <message>
            <source>  — RELAXED input checks: %1</source>
            <translation>  — Contrôles de l'image ASSOUPLIS : %1</translation>
        </message>
        <message>
            <source>Model %1 ready on %2</source>
            <translation>Modèle %1 prêt sur %2</translation>
        </message>
    </context>
    <context>
        <name>ClinicianController</name>
        <message>
            <source>Open and select an image first.</source>
            <translation>Ouvrez et sélectionnez d'abord une image.</translation>
        </message>
        <message>
            <source>This file changed since it was analysed: analyse it again before recording a reading.</source>
            <translation>Ce fichier a changé depuis son analyse : analysez-le de nouveau avant d'enregistrer une lecture.</translation>
        </message>
        <message>
            <source>The image is still being shown: try again in a moment.</source>
            <translation>L'image est encore en cours d'affichage : réessayez dans un instant.</translation>
        </message>
        <message>
            <source>Only an analysed image's result can be read here.</source>
            <translation>Seul le résultat d'une image analysée peut être lu ici.</translation>
        </message>
        <message>
            <source>Saved: %1 (%2), %3. Undo: Ctrl+Z.</source>
            <translation>Enregistrée : %1 (%2), %3. Annuler : Ctrl+Z.</translation>
        </message>
        <message>
            <source>Saved your reading %1 of %2 (%3) by %4.</source>
            <translation>Votre lecture %1 de %2 (%3) a été enregistrée par %4.</translation>
        </message>
        <message>
            <source>Not yours to undo</source>
            <translation>Vous ne pouvez pas l'annuler</translation>
        </message>
        <message>
            <source>Not yours to clear</source>
            <translation>Vous ne pouvez pas l'effacer</translation>
        </message>
        <message>
            <source>This was recorded by %1. Only %1 can undo it: choose %1 as the reader (Reading &gt; Who is reading...). You can record your own reading instead; both stay in the history.</source>
            <translation>Cette lecture a été enregistrée par %1. Seul %1 peut l'annuler : choisissez %1 comme lecteur (Lecture &gt; Qui lit...). Vous pouvez plutôt enregistrer votre propre lecture ; les deux restent dans l'historique.</translation>
        </message>
        <message>
            <source>This was recorded by %1. Only %1 can clear it: choose %1 as the reader (Reading &gt; Who is reading...). You can record your own reading instead; both stay in the history.</source>
            <translation>Cette lecture a été enregistrée par %1. Seul %1 peut l'effacer : choisissez %1 comme lecteur (Lecture &gt; Qui lit...). Vous pouvez plutôt enregistrer votre propre lecture ; les deux restent dans l'historique.</translation>
        </message>
        <message>
            <source>The note could not be kept as a draft: %1</source>
            <translation>La remarque n'a pas pu être conservée comme brouillon : %1</translation>
        </message>
        <message>
            <source>Undone: the reading is %1 again.</source>
            <translation>Annulé : la lecture est de nouveau %1.</translation>
        </message>
        <message>
            <source>Undone: this image has no reading now.</source>
            <translation>Annulé : cette image n'a plus de lecture.</translation>
        </message>
        <message>
            <source>Cleared: this image has no reading now (Undo brings it back).</source>
            <translation>Effacée : cette image n'a plus de lecture (Annuler la rétablit).</translation>
        </message>
        <message>
            <source> The note is kept as a draft.</source>
            <translation> La remarque est conservée comme brouillon.</translation>
        </message>
        <message>
            <source>Your reading was NOT saved</source>
            <translation>Votre lecture n'a PAS été enregistrée</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistrée : %1</translation>
        </message>
        <message>
            <source>The note is kept as a draft: record your reading (NORMAL, PNEUMONIA or Unsure) to save it with the reading.</source>
            <translation>La remarque est conservée comme brouillon : enregistrez votre lecture (NORMAL, PNEUMONIE ou Incertain) pour l'enregistrer avec la lecture.</translation>
        </message>
        <message>
            <source>The draft note could not be kept: %1</source>
            <translation>Le brouillon de remarque n'a pas pu être conservé : %1</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Rien à imprimer</translation>
        </message>
        <message>
            <source>Analyse images first.</source>
            <translation>Analysez d'abord des images.</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Enregistrer le compte rendu en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report</source>
            <translation>Le compte rendu</translation>
        </message>
        <message>
            <source>Printing %1 page(s)…</source>
            <translation>Impression de %1 page(s)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Imprimer le compte rendu</translation>
        </message>
        <message>
            <source>printing the report</source>
            <translation>impression du compte rendu</translation>
        </message>
        <message>
            <source>Report cancelled: no file was written.</source>
            <translation>Compte rendu annulé : aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>Report of %1 written to %2</source>
            <translation>Compte rendu de %1 écrit dans %2</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Compte rendu écrit dans %1</translation>
        </message>
        <message>
            <source>site calibration</source>
            <translation>étalonnage pour le site</translation>
        </message>
        <message>
            <source>Site calibration</source>
            <translation>Étalonnage pour le site</translation>
        </message>
        <message>
            <source>Calibrate to this clinic</source>
            <translation>Étalonner pour ce site</translation>
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
        <name>Counts</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n study(-ies)</source>
            <translation>
                <numerusform>%n examen</numerusform>
                <numerusform>%n examens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n image</numerusform>
                <numerusform>%n images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overlay(s)</source>
            <translation>
                <numerusform>%n carte de chaleur superposée</numerusform>
                <numerusform>%n cartes de chaleur superposées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages (a summary, then one page per image)</source>
            <translation>
                <numerusform>%n page (un résumé, puis une page par image)</numerusform>
                <numerusform>%n pages (un résumé, puis une page par image)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>⚑ RELAXED input check (settings): %1</source>
            <translation>⚑ Contrôle de l'image ASSOUPLI (paramètres) : %1</translation>
        </message>
        <message>
            <source>Decision support only — the clinician reads the image and decides.</source>
            <translation>Aide à la décision uniquement — le clinicien lit l'image et décide.</translation>
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
            <source>Undo your last act on this image's reading (Ctrl+Z); recorded in the audit log</source>
            <translation>Annuler votre dernière action sur la lecture de cette image (Ctrl+Z) ; consigné dans le journal d'audit</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Withdraw the reading of this image (recorded in the audit log)</source>
            <translation>Retirer la lecture de cette image (consigné dans le journal d'audit)</translation>
        </message>
        <message>
            <source>Note (Alt+N; Enter saves it with your reading):</source>
            <translation>Remarque (Alt+N ; Entrée l'enregistre avec votre lecture) :</translation>
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
            <source>&lt;span style='color:#a05000'&gt;&lt;b&gt;Read again:&lt;/b&gt; the reading %1 by %2 (%3) was made on an earlier result (%4). The result has changed since (another operating point, model or setting): record your reading of this result.&lt;/span&gt;</source>
            <translation>&lt;span style='color:#a05000'&gt;&lt;b&gt;À relire :&lt;/b&gt; la lecture %1 de %2 (%3) portait sur un résultat antérieur (%4). Le résultat a changé depuis (autre point de fonctionnement, modèle ou paramètre) : enregistrez votre lecture de ce résultat.&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Draft note, kept with this image: it is saved with your reading (record one, or press Enter to save it with the reading you made).</source>
            <translation>Brouillon de remarque, conservé avec cette image : il est enregistré avec votre lecture (enregistrez-en une, ou appuyez sur Entrée pour l'enregistrer avec la lecture faite).</translation>
        </message>
        <message>
            <source>… being analysed again</source>
            <translation>… nouvelle analyse en cours</translation>
        </message>
        <message>
            <source>The operating point, model or settings changed: this image is analysed again. Its earlier result is not shown, so that no number mixes two operating points.</source>
            <translation>Le point de fonctionnement, le modèle ou les paramètres ont changé : cette image est analysée de nouveau. Son résultat antérieur n'est pas affiché, afin qu'aucun chiffre ne mélange deux points de fonctionnement.</translation>
        </message>
        <message>
            <source>— not analysed</source>
            <translation>— non analysée</translation>
        </message>
        <message>
            <source>Changed since it was analysed</source>
            <translation>Modifié depuis son analyse</translation>
        </message>
        <message>
            <source>No score: the input check withheld it. Why:</source>
            <translation>Pas de score : le contrôle de l'image l'a retenu. Pourquoi :</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensions</translation>
        </message>
        <message>
            <source>%1 x %2 px</source>
            <translation>%1 x %2 px</translation>
        </message>
        <message>
            <source>Bit depth</source>
            <translation>Profondeur de bits</translation>
        </message>
        <message>
            <source>Window (file)</source>
            <translation>Fenêtre (fichier)</translation>
        </message>
        <message>
            <source>Raw score (audit only)</source>
            <translation>Score brut (audit uniquement)</translation>
        </message>
        <message>
            <source>Out-of-distribution score</source>
            <translation>Score hors distribution</translation>
        </message>
        <message>
            <source>Adult-appearance score</source>
            <translation>Score d'aspect adulte</translation>
        </message>
        <message>
            <source>Relaxed checks (settings)</source>
            <translation>Contrôles assouplis (paramètres)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Bundle identity</source>
            <translation>Identité du paquet</translation>
        </message>
        <message>
            <source>Site profile</source>
            <translation>Profil du site</translation>
        </message>
        <message>
            <source>none (the model's own operating point)</source>
            <translation>aucun (le point de fonctionnement propre au modèle)</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Processeur de calcul</translation>
        </message>
    </context>
    <context>
        <name>DicomNodeDialog</name>
        <message>
            <source>&lt;p&gt;With the node on, the X-ray unit sends images straight to Pneumoscan: enter this workstation's &lt;b&gt;AE title&lt;/b&gt;, its &lt;b&gt;IP address&lt;/b&gt; and the &lt;b&gt;port&lt;/b&gt; below as a DICOM destination on the unit. Each image is kept in the store folder and analysed at once; it appears at the top of the study list, with its study.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What leaves this workstation:&lt;/b&gt; nothing, unless &lt;b&gt;Send results to&lt;/b&gt; names a destination. Then, for each analysed image, a picture of the result (the image, heatmap, result and score burned in) and a structured report go to that one destination -- marked as decision support, not for diagnosis -- and a reading you record is sent again as a verified report with your name. Nothing is sent anywhere else.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Lorsque le nœud est activé, l'appareil de radiographie envoie les images directement à Pneumoscan : sur l'appareil, saisissez comme destination DICOM le &lt;b&gt;titre AE&lt;/b&gt; de ce poste, son &lt;b&gt;adresse IP&lt;/b&gt; et le &lt;b&gt;port&lt;/b&gt; indiqués ci-dessous. Chaque image est conservée dans le dossier de stockage et analysée immédiatement ; elle apparaît en haut de la liste des examens, avec son examen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce qui quitte ce poste :&lt;/b&gt; rien, sauf si &lt;b&gt;Envoyer les résultats à&lt;/b&gt; désigne une destination. Dans ce cas, pour chaque image analysée, une image du résultat (l'image, la carte de chaleur, le résultat et le score incrustés) et un compte rendu structuré sont envoyés à cette seule destination -- marqués comme aide à la décision, non destinés au diagnostic -- et toute lecture que vous enregistrez est envoyée à son tour sous forme de compte rendu vérifié portant votre nom. Rien n'est envoyé ailleurs.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>DICOM node</source>
            <translation>Nœud DICOM</translation>
        </message>
        <message>
            <source>Receive images from the X-ray unit (DICOM node)</source>
            <translation>Recevoir les images de l'appareil de radiographie (nœud DICOM)</translation>
        </message>
        <message>
            <source>0.0.0.0: every network connection of this computer (the X-ray unit can reach it); 127.0.0.1: this computer only (for testing)</source>
            <translation>0.0.0.0 : toutes les connexions réseau de cet ordinateur (l'appareil de radiographie peut l'atteindre) ; 127.0.0.1 : cet ordinateur uniquement (pour les tests)</translation>
        </message>
        <message>
            <source>This computer's address for the X-ray unit: %1</source>
            <translation>Adresse de cet ordinateur pour l'appareil de radiographie : %1</translation>
        </message>
        <message>
            <source>no network address found (is the network cable connected?)</source>
            <translation>aucune adresse réseau trouvée (le câble réseau est-il branché ?)</translation>
        </message>
        <message>
            <source>any sender (or e.g. XRAY1, XRAY2)</source>
            <translation>tout expéditeur (ou p. ex. XRAY1, XRAY2)</translation>
        </message>
        <message>
            <source>nothing is sent (or e.g. PACS@192.168.1.20:104)</source>
            <translation>rien n'est envoyé (ou p. ex. PACS@192.168.1.20:104)</translation>
        </message>
        <message>
            <source>no folder is watched</source>
            <translation>aucun dossier n'est surveillé</translation>
        </message>
        <message>
            <source>Test the destination</source>
            <translation>Tester la destination</translation>
        </message>
        <message>
            <source>Send a DICOM echo (C-ECHO) to the destination and say whether it answers</source>
            <translation>Envoyer un écho DICOM (C-ECHO) à la destination et indiquer si elle répond</translation>
        </message>
        <message>
            <source>AE title</source>
            <translation>Titre AE</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Listen on</source>
            <translation>Écouter sur</translation>
        </message>
        <message>
            <source>Only from (AE titles)</source>
            <translation>Uniquement depuis (titres AE)</translation>
        </message>
        <message>
            <source>Store received images in</source>
            <translation>Stocker les images reçues dans</translation>
        </message>
        <message>
            <source>Send results to</source>
            <translation>Envoyer les résultats à</translation>
        </message>
        <message>
            <source>Also watch this folder</source>
            <translation>Surveiller aussi ce dossier</translation>
        </message>
        <message>
            <source>Not running: %1</source>
            <translation>Arrêté : %1</translation>
        </message>
        <message>
            <source>Asking %1…</source>
            <translation>Interrogation de %1…</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>%1 days</source>
            <translation>%1 jours</translation>
        </message>
        <message>
            <source>%1 day</source>
            <translation>%1 jour</translation>
        </message>
        <message>
            <source>%1 weeks</source>
            <translation>%1 semaines</translation>
        </message>
        <message>
            <source>%1 week</source>
            <translation>%1 semaine</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 mois</translation>
        </message>
        <message>
            <source>%1 month</source>
            <translation>%1 mois</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>%1 ans</translation>
        </message>
        <message>
            <source>%1 year</source>
            <translation>%1 an</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Age / sex</source>
            <translation>Âge / sexe</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Date de l'examen</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Incidence</translation>
        </message>
        <message>
            <source>Laterality</source>
            <translation>Latéralité</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>N° d'accession</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Établissement</translation>
        </message>
        <message>
            <source>not in the file</source>
            <translation>absent du fichier</translation>
        </message>
        <message>
            <source> (from the dates)</source>
            <translation> (d'après les dates)</translation>
        </message>
        <message>
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <source>age not recorded</source>
            <translation>âge non enregistré</translation>
        </message>
        <message>
            <source>sex not recorded</source>
            <translation>sexe non enregistré</translation>
        </message>
        <message>
            <source>A %1 file holds no patient name, ID or age:</source>
            <translation>Un fichier %1 ne contient ni nom, ni identifiant, ni âge du patient :</translation>
        </message>
        <message>
            <source>check the file name and folder</source>
            <translation>vérifiez le nom du fichier et le dossier</translation>
        </message>
    </context>
    <context>
        <name>Echo</name>
        <message>
            <source>%1 cannot be reached: %2</source>
            <translation>%1 est injoignable : %2</translation>
        </message>
        <message>
            <source>%1 refused the connection: add %2 to its known senders, and check its AE title.</source>
            <translation>%1 a refusé la connexion : ajoutez %2 à ses expéditeurs connus et vérifiez son titre AE.</translation>
        </message>
        <message>
            <source>%1 does not answer: check the address and port, and that it is switched on.</source>
            <translation>%1 ne répond pas : vérifiez l'adresse et le port, et qu'il est allumé.</translation>
        </message>
        <message>
            <source>%1 answers: results can be sent.</source>
            <translation>%1 répond : les résultats peuvent être envoyés.</translation>
        </message>
        <message>
            <source>%1 answered %2.</source>
            <translation>%1 a répondu %2.</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>Nothing to export</source>
            <translation>Rien à exporter</translation>
        </message>
        <message>
            <source>Open and analyse images first.</source>
            <translation>Ouvrez et analysez d'abord des images.</translation>
        </message>
        <message>
            <source>Export the results of:</source>
            <translation>Exporter les résultats de :</translation>
        </message>
        <message>
            <source>

%1 image(s) in the list are not analysed yet: they are written with error_code not_analysed and no result. Export again when the analysis has finished.</source>
            <translation>

%1 image(s) de la liste ne sont pas encore analysées : elles sont écrites avec error_code not_analysed et sans résultat. Exportez de nouveau lorsque l'analyse sera terminée.</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>Export %1 as CSV</source>
            <translation>Exporter %1 en CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The CSV</source>
            <translation>Le fichier CSV</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>Aucun modèle</translation>
        </message>
        <message>
            <source>Results can be exported once the model is loaded.</source>
            <translation>Les résultats pourront être exportés une fois le modèle chargé.</translation>
        </message>
        <message>
            <source>CSV export</source>
            <translation>exportation CSV</translation>
        </message>
        <message>
            <source>No analysed images to export heatmaps for.</source>
            <translation>Aucune image analysée dont exporter les cartes de chaleur.</translation>
        </message>
        <message>
            <source>Export heatmap overlays</source>
            <translation>Exporter les cartes de chaleur superposées</translation>
        </message>
        <message>
            <source>Export the heatmap overlays of:</source>
            <translation>Exporter les cartes de chaleur superposées de :</translation>
        </message>
        <message>
            <source>Folder for the heatmap overlays of %1</source>
            <translation>Dossier pour les cartes de chaleur superposées de %1</translation>
        </message>
        <message>
            <source>The heatmap folder</source>
            <translation>Le dossier des cartes de chaleur</translation>
        </message>
        <message>
            <source>heatmap export</source>
            <translation>exportation des cartes de chaleur</translation>
        </message>
        <message>
            <source>Exported %1 to %2</source>
            <translation>Exporté vers %2 : %1</translation>
        </message>
        <message>
            <source>Exported %1 (%2) to %3</source>
            <translation>Exporté vers %3 : %1 (%2)</translation>
        </message>
        <message>
            <source> — %1 of them not analysed yet</source>
            <translation> — dont %1 pas encore analysée(s)</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message>
            <source>This is a %1 image, not a plain chest X-ray.</source>
            <translation>Il s'agit d'une image %1, et non d'une radiographie thoracique standard.</translation>
        </message>
        <message>
            <source>Modality %1; the model reads %2 radiographs only.</source>
            <translation>Modality %1 ; le modèle ne lit que les radiographies %2.</translation>
        </message>
        <message>
            <source>The file says the body part is %1, not the chest.</source>
            <translation>Selon le fichier, la région anatomique est %1, et non le thorax.</translation>
        </message>
        <message>
            <source>BodyPartExamined %1; the model reads chest X-rays only.</source>
            <translation>BodyPartExamined %1 ; le modèle ne lit que les radiographies thoraciques.</translation>
        </message>
        <message>
            <source>This is a lateral view; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>Il s'agit d'une incidence de profil ; le modèle ne lit que les radiographies thoraciques de face (AP/PA).</translation>
        </message>
        <message>
            <source>The view is %1; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>L'incidence est %1 ; le modèle ne lit que les radiographies thoraciques de face (AP/PA).</translation>
        </message>
        <message>
            <source>ViewPosition %1.</source>
            <translation>ViewPosition %1.</translation>
        </message>
        <message>
            <source>The file says this is a lateral view; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>Selon le fichier, il s'agit d'une incidence de profil ; le modèle ne lit que les radiographies thoraciques de face (AP/PA).</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1 : %2.</translation>
        </message>
        <message>
            <source>The stated age (%1) is over %2 years.</source>
            <translation>L'âge indiqué (%1) dépasse %2 ans.</translation>
        </message>
        <message>
            <source>The patient's age in the file cannot be right, so it cannot be checked.</source>
            <translation>L'âge du patient indiqué dans le fichier ne peut pas être exact ; il ne peut donc pas être contrôlé.</translation>
        </message>
        <message>
            <source>%1 The model is meant for patients aged %2-%3.</source>
            <translation>%1 Le modèle est destiné aux patients âgés de %2 à %3 ans.</translation>
        </message>
        <message>
            <source>The patient's age in the file cannot be read, so it cannot be checked.</source>
            <translation>L'âge du patient indiqué dans le fichier est illisible ; il ne peut donc pas être contrôlé.</translation>
        </message>
        <message>
            <source>PatientAge %1; the model is meant for patients aged %2-%3. Correct the age in the source system.</source>
            <translation>PatientAge %1 ; le modèle est destiné aux patients âgés de %2 à %3 ans. Corrigez l'âge dans le système d'origine.</translation>
        </message>
        <message>
            <source>The patient is %1; the model is meant for children aged %2-%3.</source>
            <translation>Le patient a %1 ; le modèle est destiné aux enfants âgés de %2 à %3 ans.</translation>
        </message>
        <message>
            <source>PatientAge %1; trained on children aged %2-%3.</source>
            <translation>PatientAge %1 ; modèle entraîné sur des enfants âgés de %2 à %3 ans.</translation>
        </message>
        <message>
            <source>%1 month old</source>
            <translation>%1 mois</translation>
        </message>
        <message>
            <source>%1 months old</source>
            <translation>%1 mois</translation>
        </message>
        <message>
            <source>%1 years old</source>
            <translation>%1 ans</translation>
        </message>
        <message>
            <source>The image does not look like the children's chest X-rays the model was trained on.</source>
            <translation>L'image ne ressemble pas aux radiographies thoraciques d'enfants sur lesquelles le modèle a été entraîné.</translation>
        </message>
        <message>
            <source>Out-of-distribution score %1, cut-off %2. It may be a lateral view, an adult's or another body part's radiograph, another kind of image, a photograph or a document.</source>
            <translation>Score hors distribution %1, valeur limite %2. Il peut s'agir d'une incidence de profil, d'une radiographie d'adulte ou d'une autre région anatomique, d'un autre type d'image, d'une photographie ou d'un document.</translation>
        </message>
        <message>
            <source>It looks like an adult's radiograph; the model reads children's chest X-rays.</source>
            <translation>L'image ressemble à une radiographie d'adulte ; le modèle lit les radiographies thoraciques d'enfants.</translation>
        </message>
        <message>
            <source>Adult-appearance score %1, cut-off %2.</source>
            <translation>Score d'aspect adulte %1, valeur limite %2.</translation>
        </message>
        <message>
            <source>The file states no age. If the patient is a child, the age check can be relaxed in Settings for images with no recorded age, up to a stated age (recorded with the result).</source>
            <translation>Le fichier n'indique aucun âge. Si le patient est un enfant, le contrôle de l'âge peut être assoupli dans les Paramètres pour les images sans âge enregistré, jusqu'à un âge indiqué (enregistré avec le résultat).</translation>
        </message>
        <message>
            <source>The file says the patient is %1: check that the image belongs to this patient.</source>
            <translation>Selon le fichier, le patient a %1 : vérifiez que l'image appartient bien à ce patient.</translation>
        </message>
        <message>
            <source>age: images with no recorded age assessed as children up to %1 years (adult-appearance check skipped for them)</source>
            <translation>âge : images sans âge enregistré évaluées comme des enfants jusqu'à %1 ans (contrôle d'aspect adulte non effectué pour elles)</translation>
        </message>
        <message>
            <source>%1 check relaxed</source>
            <translation>contrôle %1 assoupli</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Right-drag</source>
            <translation>Glisser avec le bouton droit</translation>
        </message>
        <message>
            <source>Window / level</source>
            <translation>Fenêtre / niveau</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>Molette</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Left-drag</source>
            <translation>Glisser avec le bouton gauche</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Déplacer l'image</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Shift+Tab</translation>
        </message>
        <message>
            <source>Move between the list, the filter and the note</source>
            <translation>Passer de la liste au filtre et à la remarque</translation>
        </message>
        <message>
            <source>Typing in the study list</source>
            <translation>Saisie dans la liste des examens</translation>
        </message>
        <message>
            <source>Does nothing: no letter moves the selection or records a reading</source>
            <translation>Sans effet : aucune lettre ne déplace la sélection ni n'enregistre de lecture</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Keyboard and mouse&lt;/h3&gt;&lt;p&gt;Every shortcut that acts has a modifier (Ctrl, Alt) or is a function, arrow or Esc key: ordinary typing never records a reading or moves the selection.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Clavier et souris&lt;/h3&gt;&lt;p&gt;Tout raccourci qui agit comporte une touche de modification (Ctrl, Alt) ou est une touche de fonction, une flèche ou la touche Esc : la saisie ordinaire n'enregistre jamais de lecture et ne déplace jamais la sélection.&lt;/p&gt;</translation>
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
&lt;h3&gt;Usage prévu&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Pneumoscan est une aide à la décision, pas un diagnostic.&lt;/b&gt; Il est destiné à aider les cliniciens à lire
les &lt;b&gt;radiographies thoraciques de face (AP/PA) d'enfants&lt;/b&gt;. Pour chaque image, il affiche un score de pneumonie (0–100, la
sortie du modèle étalonnée sur ses images de validation), le résultat qui découle du seuil de décision
— ou « Indéterminé — à lire attentivement » lorsque le score en est proche — et une carte de chaleur
des régions qui ont déterminé le score.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Le clinicien lit l'image et prend la décision. N'agissez jamais sur la seule base du résultat de Pneumoscan.&lt;/li&gt;
&lt;li&gt;Il recherche uniquement un aspect de pneumonie. Un résultat NORMAL signifie : %1&lt;/li&gt;
&lt;li&gt;Le modèle a été entraîné sur des patients pédiatriques âgés de 1 à 5 ans d'un seul hôpital. Les résultats sur
des incidences de profil, des adultes, d'autres régions anatomiques, des scanners/IRM ou des photographies n'ont aucun sens.&lt;/li&gt;
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
        <name>Main</name>
        <message>
            <source>Pneumoscan cannot start safely</source>
            <translation>Pneumoscan ne peut pas démarrer en toute sécurité</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>The details are in the log folder (Help › Open log folder).</source>
            <translation>Les détails se trouvent dans le dossier des journaux (Aide › Ouvrir le dossier des journaux).</translation>
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
            <source>The study on screen by default; or the selected rows, the rows the filter shows, everything</source>
            <translation>L'examen affiché par défaut ; ou les lignes sélectionnées, les lignes affichées par le filtre, tout</translation>
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
            <translation>Annuler l'analyse…</translation>
        </message>
        <message>
            <source>Cancel the running analysis (asks first)</source>
            <translation>Annuler l'analyse en cours (demande confirmation)</translation>
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
            <source>Every image in the node's store folder, with its result</source>
            <translation>Toutes les images du dossier de stockage du nœud, avec leur résultat</translation>
        </message>
        <message>
            <source>DICOM node…</source>
            <translation>Nœud DICOM…</translation>
        </message>
        <message>
            <source>Receive images from the X-ray unit, watch a folder, send results to the PACS</source>
            <translation>Recevoir les images de l'appareil de radiographie, surveiller un dossier, envoyer les résultats au PACS</translation>
        </message>
        <message>
            <source>My reading: NORMAL</source>
            <translation>Ma lecture : NORMAL</translation>
        </message>
        <message>
            <source>Record your own reading of the image on screen: NORMAL (saved at once)</source>
            <translation>Enregistrer votre propre lecture de l'image affichée : NORMAL (enregistrée immédiatement)</translation>
        </message>
        <message>
            <source>My reading: PNEUMONIA</source>
            <translation>Ma lecture : PNEUMONIE</translation>
        </message>
        <message>
            <source>Record your own reading of the image on screen: PNEUMONIA (saved at once)</source>
            <translation>Enregistrer votre propre lecture de l'image affichée : PNEUMONIE (enregistrée immédiatement)</translation>
        </message>
        <message>
            <source>My reading: unsure</source>
            <translation>Ma lecture : incertain</translation>
        </message>
        <message>
            <source>Record that you are unsure about the image on screen (saved at once)</source>
            <translation>Indiquer que vous êtes incertain pour l'image affichée (enregistré immédiatement)</translation>
        </message>
        <message>
            <source>Undo my last act on this image's reading</source>
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
            <source>A PDF of the image on screen, the selected rows, the rows the filter shows or everything</source>
            <translation>Un PDF de l'image affichée, des lignes sélectionnées, des lignes affichées par le filtre ou de tout</translation>
        </message>
        <message>
            <source>Calibrate to this clinic…</source>
            <translation>Étalonner pour ce site…</translation>
        </message>
        <message>
            <source>Refit the operating point on the images clinicians read (NORMAL / PNEUMONIA)</source>
            <translation>Réajuster le point de fonctionnement sur les images lues par les cliniciens (NORMAL / PNEUMONIE)</translation>
        </message>
        <message>
            <source>Use the model's own operating point</source>
            <translation>Utiliser le point de fonctionnement propre au modèle</translation>
        </message>
        <message>
            <source>Stop using the site profile</source>
            <translation>Ne plus utiliser le profil du site</translation>
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
            <source>Keep each study's images together, a line between studies</source>
            <translation>Regrouper les images de chaque examen, avec une ligne entre les examens</translation>
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
            <translation>Informations patient sur l'image</translation>
        </message>
        <message>
            <source>Show or hide the patient, study and file in the image's corners</source>
            <translation>Afficher ou masquer le patient, l'examen et le fichier dans les coins de l'image</translation>
        </message>
        <message>
            <source>Reset layout</source>
            <translation>Rétablir la disposition</translation>
        </message>
        <message>
            <source>Show the study list and result panels in their original places and sizes</source>
            <translation>Remettre la liste des examens et les panneaux de résultat à leurs emplacements et tailles d'origine</translation>
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
            <translation>Journal d'audit…</translation>
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
        <message>
            <source>Typing in the study list does nothing. To write a note on this image press Alt+N; to record your reading use the buttons or Ctrl+Shift+N / P / U.</source>
            <translation>Taper dans la liste des examens ne fait rien. Pour écrire une remarque sur cette image, appuyez sur Alt+N ; pour enregistrer votre lecture, utilisez les boutons ou Ctrl+Shift+N / P / U.</translation>
        </message>
        <message>
            <source>Cancel the analysis?</source>
            <translation>Annuler l'analyse ?</translation>
        </message>
        <message>
            <source>%1 of %2 images are analysed. Cancel the rest?

Finished results are kept; unfinished images stay “not analysed”.</source>
            <translation>%1 images sur %2 sont analysées. Annuler le reste ?

Les résultats terminés sont conservés ; les images non terminées restent « non analysées ».</translation>
        </message>
        <message>
            <source>Open chest X-rays</source>
            <translation>Ouvrir des radiographies thoraciques</translation>
        </message>
        <message>
            <source>Images (*.dcm *.dicom *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
            <translation>Images (*.dcm *.dicom *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Open a study folder</source>
            <translation>Ouvrir un dossier d'examen</translation>
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
        <name>ModelCard</name>
        <message>
            <source>&lt;h3&gt;No model installed&lt;/h3&gt;&lt;p&gt;Images can be opened and viewed, but not analysed.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Aucun modèle installé&lt;/h3&gt;&lt;p&gt;Les images peuvent être ouvertes et affichées, mais pas analysées.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>- Architecture: %1; input %2x%3 px</source>
            <translation>- Architecture : %1 ; entrée %2x%3 px</translation>
        </message>
        <message>
            <source>- Bundle identity: `%1`</source>
            <translation>- Identité du paquet : `%1`</translation>
        </message>
        <message>
            <source>- Decision threshold: score %1 of 100 (%2)</source>
            <translation>- Seuil de décision : score %1 sur 100 (%2)</translation>
        </message>
        <message>
            <source>- Indeterminate band: scores %1-%2</source>
            <translation>- Zone d'incertitude : scores %1-%2</translation>
        </message>
        <message>
            <source> (%1 of validation images)</source>
            <translation> (%1 des images de validation)</translation>
        </message>
        <message>
            <source>- Measured on %1: sensitivity %2, specificity %3</source>
            <translation>- Mesurées sur %1 : sensibilité %2, spécificité %3</translation>
        </message>
        <message>
            <source>_This bundle has no MODEL_CARD.md._</source>
            <translation>_Ce paquet ne contient pas de MODEL_CARD.md._</translation>
        </message>
        <message>
            <source>Third-party software and data</source>
            <translation>Logiciels et données de tiers</translation>
        </message>
    </context>
    <context>
        <name>NodeController</name>
        <message>
            <source>Another program on this computer already uses port %1. Choose another port (for example %2) in Analyse ▸ DICOM node… and enter the same port on the X-ray unit, or stop the other program.</source>
            <translation>Un autre programme de cet ordinateur utilise déjà le port %1. Choisissez un autre port (par exemple %2) dans Analyse ▸ Nœud DICOM… et saisissez le même port sur l'appareil de radiographie, ou arrêtez l'autre programme.</translation>
        </message>
        <message>
            <source>This account may not listen on port %1 (ports below 1024 need an administrator). Choose a port above 1024, such as 11112.</source>
            <translation>Ce compte n'est pas autorisé à écouter sur le port %1 (les ports inférieurs à 1024 nécessitent un administrateur). Choisissez un port supérieur à 1024, par exemple 11112.</translation>
        </message>
        <message>
            <source>%1 is not an address of this computer. Choose 0.0.0.0 (every network connection).</source>
            <translation>%1 n'est pas une adresse de cet ordinateur. Choisissez 0.0.0.0 (toutes les connexions réseau).</translation>
        </message>
        <message>
            <source>Cannot listen on %1: %2.</source>
            <translation>Impossible d'écouter sur %1 : %2.</translation>
        </message>
        <message>
            <source>DICOM node: off</source>
            <translation>Nœud DICOM : désactivé</translation>
        </message>
        <message>
            <source>Analyse ▸ DICOM node…</source>
            <translation>Analyse ▸ Nœud DICOM…</translation>
        </message>
        <message>
            <source>The DICOM node is not running</source>
            <translation>Le nœud DICOM ne fonctionne pas</translation>
        </message>
        <message>
            <source>Change it in Analyse ▸ DICOM node…</source>
            <translation>Modifiez-le dans Analyse ▸ Nœud DICOM…</translation>
        </message>
        <message>
            <source>DICOM node: not running — see Analyse ▸ DICOM node</source>
            <translation>Nœud DICOM : arrêté — voir Analyse ▸ Nœud DICOM</translation>
        </message>
        <message>
            <source>receiving as %1 on port %2</source>
            <translation>réception en tant que %1 sur le port %2</translation>
        </message>
        <message>
            <source>watching</source>
            <translation>surveillance du dossier</translation>
        </message>
        <message>
            <source>DICOM node: %1 · %2 analysed</source>
            <translation>Nœud DICOM : %1 · %2 analysée(s)</translation>
        </message>
        <message>
            <source> · %1 new</source>
            <translation> · %1 nouvelle(s)</translation>
        </message>
        <message>
            <source> · %1 waiting</source>
            <translation> · %1 en attente</translation>
        </message>
        <message>
            <source> · %1 refused</source>
            <translation> · %1 refusée(s)</translation>
        </message>
        <message>
            <source> · %1 result(s) waiting for %2</source>
            <translation> · %1 résultat(s) en attente pour %2</translation>
        </message>
        <message>
            <source> (not answering)</source>
            <translation> (ne répond pas)</translation>
        </message>
        <message>
            <source>%1
store: %2</source>
            <translation>%1
stockage : %2</translation>
        </message>
        <message>
            <source>New from the X-ray unit: %1 — %2</source>
            <translation>Nouvelle image de l'appareil de radiographie : %1 — %2</translation>
        </message>
        <message>
            <source>New from the watch folder: %1 — %2</source>
            <translation>Nouvelle image du dossier surveillé : %1 — %2</translation>
        </message>
        <message>
            <source>New from the store: %1 — %2</source>
            <translation>Nouvelle image du dossier de stockage : %1 — %2</translation>
        </message>
        <message>
            <source>DICOM node refused %1 from %2: %3</source>
            <translation>Le nœud DICOM a refusé %1 de %2 : %3</translation>
        </message>
        <message>
            <source>a sender</source>
            <translation>un expéditeur</translation>
        </message>
        <message>
            <source>DICOM node: %1</source>
            <translation>Nœud DICOM : %1</translation>
        </message>
        <message>
            <source>Sending your reading to %1 as a new version of this image's report.</source>
            <translation>Envoi de votre lecture à %1 comme nouvelle version du compte rendu de cette image.</translation>
        </message>
        <message>
            <source>Sending the withdrawal of the reading to %1 as a new version of this image's report.</source>
            <translation>Envoi du retrait de la lecture à %1 comme nouvelle version du compte rendu de cette image.</translation>
        </message>
        <message>
            <source>Saved. The DICOM node is not sending results now: this reading goes to the PACS when the node runs with a destination.</source>
            <translation>Enregistrée. Le nœud DICOM n'envoie pas de résultats actuellement : cette lecture sera envoyée au PACS lorsque le nœud fonctionnera avec une destination.</translation>
        </message>
        <message>
            <source>DICOM node: sending %1 reading(s) recorded while it was not sending.</source>
            <translation>Nœud DICOM : envoi de %1 lecture(s) enregistrée(s) pendant qu'il n'envoyait pas.</translation>
        </message>
    </context>
    <context>
        <name>Product</name>
        <message>
            <source>The Pneumoscan project (open-source development build, not placed on the market)</source>
            <translation>Le projet Pneumoscan (version de développement open source, non mise sur le marché)</translation>
        </message>
        <message>
            <source>Your first contact is the organisation that installed Pneumoscan at your site (its IT or clinical engineering team). Software defects and safety concerns: the Pneumoscan project's issue tracker.</source>
            <translation>Votre premier contact est l'organisation qui a installé Pneumoscan sur votre site (son équipe informatique ou d'ingénierie biomédicale). Défauts du logiciel et problèmes de sécurité : le système de suivi des tickets du projet Pneumoscan.</translation>
        </message>
        <message>
            <source>Regulatory status: Pneumoscan has not been cleared, approved or CE-marked as a medical device by any regulator. It is decision support for trained clinicians, for use under local clinical governance: it must not be the sole basis of a diagnosis or a treatment decision.</source>
            <translation>Statut réglementaire : Pneumoscan n'a été ni autorisé, ni homologué, ni marqué CE comme dispositif médical par aucune autorité. C'est une aide à la décision pour des cliniciens formés, à utiliser dans le cadre de la gouvernance clinique locale : il ne doit jamais être la seule base d'un diagnostic ou d'une décision de traitement.</translation>
        </message>
        <message>
            <source>In plain words: this is not an approved medical device. It can be wrong. A clinician reads every image and makes every decision; Pneumoscan's label is a second opinion only.</source>
            <translation>En clair : ce n'est pas un dispositif médical homologué. Il peut se tromper. Un clinicien lit chaque image et prend chaque décision ; le libellé de Pneumoscan n'est qu'un second avis.</translation>
        </message>
        <message>
            <source>A normal child can be called PNEUMONIA, more often at a new site or in a later period than on the training images.</source>
            <translation>Un enfant normal peut être classé PNEUMONIE, plus souvent dans un nouveau site ou à une période plus tardive que sur les images d'entraînement.</translation>
        </message>
        <message>
            <source>A child with pneumonia can be called NORMAL.</source>
            <translation>Un enfant atteint de pneumonie peut être classé NORMAL.</translation>
        </message>
        <message>
            <source>Only a pneumonia pattern is assessed: NORMAL does not rule out other findings.</source>
            <translation>Seul un aspect de pneumonie est évalué : NORMAL n'exclut pas d'autres anomalies.</translation>
        </message>
        <message>
            <source>The heatmap shows what moved the score, not where disease is; a cold region does not clear a lung.</source>
            <translation>La carte de chaleur montre ce qui a fait varier le score, pas l'endroit où se trouve la maladie ; une zone froide ne signifie pas qu'un poumon est sain.</translation>
        </message>
        <message>
            <source>The shipped model was trained without pretrained weights on one centre's children aged 1-5: elsewhere its accuracy is unknown until checked locally.</source>
            <translation>Le modèle fourni a été entraîné sans poids pré-entraînés, sur les enfants de 1 à 5 ans d'un seul centre : ailleurs, sa précision reste inconnue tant qu'elle n'a pas été vérifiée sur place.</translation>
        </message>
        <message>
            <source>The input checks can miss an image outside the model's scope, most likely an adult's radiograph without DICOM tags, and do not look for one when the age check is relaxed.</source>
            <translation>Les contrôles de l'image peuvent laisser passer une image hors du champ du modèle, le plus probablement une radiographie d'adulte sans balises DICOM, et ne la recherchent pas quand le contrôle de l'âge est assoupli.</translation>
        </message>
        <message>
            <source>The DICOM node neither encrypts nor authenticates: run it only on a network the clinic trusts.</source>
            <translation>Le nœud DICOM ne chiffre ni n'authentifie : utilisez-le uniquement sur un réseau de confiance de l'établissement.</translation>
        </message>
        <message>
            <source>The translations have not yet been reviewed by native-speaking clinicians.</source>
            <translation>Les traductions n'ont pas encore été relues par des cliniciens de langue maternelle.</translation>
        </message>
        <message>
            <source>Pneumoscan can be wrong: its label is a second opinion, never a diagnosis.</source>
            <translation>Pneumoscan peut se tromper : son libellé est un second avis, jamais un diagnostic.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Regarder dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Non</translation>
        </message>
    </context>
    <context>
        <name>ReaderDialog</name>
        <message>
            <source>Who is reading?</source>
            <translation>Qui lit ?</translation>
        </message>
        <message>
            <source>Your name goes with every reading you record: in the reading database, the CSV, the report and the audit log. Choose it once per session.</source>
            <translation>Votre nom accompagne chaque lecture que vous enregistrez : dans la base des lectures, le CSV, le compte rendu et le journal d'audit. Choisissez-le une fois par session.</translation>
        </message>
        <message>
            <source>  (PIN)</source>
            <translation>  (code PIN)</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>Je suis</translation>
        </message>
        <message>
            <source>Or add a reader</source>
            <translation>Ou ajouter un lecteur</translation>
        </message>
        <message>
            <source>e.g. Dr A. Mensah</source>
            <translation>p. ex. Dr A. Mensah</translation>
        </message>
        <message>
            <source>optional, 4-12 digits</source>
            <translation>facultatif, 4 à 12 chiffres</translation>
        </message>
        <message>
            <source>the PIN again</source>
            <translation>le code PIN à nouveau</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Repeat PIN</source>
            <translation>Confirmer le code PIN</translation>
        </message>
        <message>
            <source>Read as this reader</source>
            <translation>Lire en tant que ce lecteur</translation>
        </message>
        <message>
            <source>%1 is already on the list: choose it above.</source>
            <translation>%1 figure déjà dans la liste : choisissez ce nom ci-dessus.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Les deux codes PIN sont différents.</translation>
        </message>
        <message>
            <source>Choose your name, or add it.</source>
            <translation>Choisissez votre nom, ou ajoutez-le.</translation>
        </message>
        <message>
            <source>That PIN is not this reader's.</source>
            <translation>Ce code PIN n'est pas celui de ce lecteur.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Decision support for reading frontal chest radiographs of children (trained on ages 1-5). Not a diagnosis: the clinician reads the image and decides. Not for lateral views, adults, other body parts, CT/MR or photographs.</source>
            <translation>Aide à la décision pour la lecture des radiographies thoraciques de face chez l'enfant (modèle entraîné sur des enfants de 1 à 5 ans). Ne constitue pas un diagnostic : le clinicien lit l'image et décide. Ne convient pas aux incidences de profil, aux adultes, aux autres régions anatomiques, aux scanners/IRM ni aux photographies.</translation>
        </message>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
        <message>
            <source>PNEUMONIA</source>
            <translation>PNEUMONIE</translation>
        </message>
        <message>
            <source>indeterminate</source>
            <translation>indéterminé</translation>
        </message>
        <message>
            <source>NORMAL</source>
            <translation>NORMAL (aucun aspect de pneumonie)</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>non évalué</translation>
        </message>
        <message>
            <source>could not be read</source>
            <translation>illisible</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>seuil %1</translation>
        </message>
        <message>
            <source>not in the file</source>
            <translation>absent du fichier</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>name not in the file</source>
            <translation>nom absent du fichier</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>ID patient</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Date de l'examen</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>N° d'accession</translation>
        </message>
        <message>
            <source>Pneumoscan %1 - decision support only; the clinician reads the image and decides.</source>
            <translation>Pneumoscan %1 - aide à la décision uniquement ; le clinicien lit l'image et décide.</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation>Imprimé le %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>Model: -</source>
            <translation>Modèle : -</translation>
        </message>
        <message>
            <source>site profile %1</source>
            <translation>profil du site %1</translation>
        </message>
        <message>
            <source>the model's own</source>
            <translation>celui du modèle</translation>
        </message>
        <message>
            <source>Model: %1 %2; bundle identity %3</source>
            <translation>Modèle : %1 %2 ; identité du paquet %3</translation>
        </message>
        <message>
            <source>Operating point: %1; threshold %2 on the 0-100 score</source>
            <translation>Point de fonctionnement : %1 ; seuil %2 sur le score 0-100</translation>
        </message>
        <message>
            <source>; indeterminate band %1-%2</source>
            <translation>; zone d'incertitude %1-%2</translation>
        </message>
        <message>
            <source>Sensitivity %1, specificity %2, measured on %3.</source>
            <translation>Sensibilité %1, spécificité %2, mesurées sur %3.</translation>
        </message>
        <message>
            <source>Clinic prevalence for PPV / NPV: %1</source>
            <translation>Prévalence de la structure pour la VPP / VPN : %1</translation>
        </message>
        <message>
            <source>Clinic prevalence for PPV / NPV: not set (Settings)</source>
            <translation>Prévalence de la structure pour la VPP / VPN : non définie (Paramètres)</translation>
        </message>
        <message>
            <source>Clinician's reading: none recorded</source>
            <translation>Lecture du clinicien : aucune enregistrée</translation>
        </message>
        <message>
            <source>Clinician's reading %1 by %2 (%3) was made on an earlier result (%4); it must be read again on this result.</source>
            <translation>La lecture du clinicien %1 de %2 (%3) portait sur un résultat antérieur (%4) ; l'image doit être relue pour ce résultat.</translation>
        </message>
        <message>
            <source>Clinician's reading: %1 (%2) by %3, %4</source>
            <translation>Lecture du clinicien : %1 (%2) par %3, %4</translation>
        </message>
        <message>
            <source>[%1 more characters: the whole note is in the CSV and the reading database]</source>
            <translation>[%1 caractères de plus : la remarque complète figure dans le CSV et la base des lectures]</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Remarque : %1</translation>
        </message>
        <message>
            <source>A plain image file: no patient name, ID or age is recorded in it - check the file name and folder.</source>
            <translation>Simple fichier image : aucun nom, identifiant ni âge du patient n'y est enregistré - vérifiez le nom du fichier et le dossier.</translation>
        </message>
        <message>
            <source>THE FILE HAS CHANGED SINCE IT WAS ANALYSED: its contents are not the image this result belongs to, so no image is printed. Analyse it again before relying on this page.</source>
            <translation>LE FICHIER A CHANGÉ DEPUIS SON ANALYSE : son contenu n'est pas l'image à laquelle ce résultat se rapporte ; aucune image n'est donc imprimée. Analysez-le de nouveau avant de vous fier à cette page.</translation>
        </message>
        <message>
            <source>Radiograph</source>
            <translation>Radiographie</translation>
        </message>
        <message>
            <source>Heatmap: where the score came from (not an outline of disease)</source>
            <translation>Carte de chaleur : origine du score (ce n'est pas un contour de la maladie)</translation>
        </message>
        <message>
            <source>The image could not be read.</source>
            <translation>L'image n'a pas pu être lue.</translation>
        </message>
        <message>
            <source>RELAXED input check (settings): %1</source>
            <translation>Contrôle de l'image ASSOUPLI (paramètres) : %1</translation>
        </message>
        <message>
            <source>Images: %1. Results: %2</source>
            <translation>Images : %1. Résultats : %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Read by a clinician: %1 (%2)</source>
            <translation>Lues par un clinicien : %1 (%2)</translation>
        </message>
        <message>
            <source> by %1</source>
            <translation> par %1</translation>
        </message>
        <message>
            <source>; %1 reading(s) made on an earlier result</source>
            <translation>; %1 lecture(s) faite(s) sur un résultat antérieur</translation>
        </message>
        <message>
            <source>Pneumoscan - report</source>
            <translation>Pneumoscan - compte rendu</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>Usage prévu</translation>
        </message>
    </context>
    <context>
        <name>ReportScopeDialog</name>
        <message>
            <source>Print report</source>
            <translation>Imprimer le compte rendu</translation>
        </message>
        <message>
            <source>Print a PDF report of:</source>
            <translation>Imprimer un compte rendu PDF de :</translation>
        </message>
    </context>
    <context>
        <name>Scope</name>
        <message>
            <source>The folder on screen (%1: plain images name no patient)</source>
            <translation>Le dossier affiché (%1 : les images simples ne nomment aucun patient)</translation>
        </message>
        <message>
            <source>The study on screen (%1)</source>
            <translation>L'examen affiché (%1)</translation>
        </message>
        <message>
            <source>The study on screen</source>
            <translation>L'examen affiché</translation>
        </message>
        <message>
            <source>The image on screen (%1)</source>
            <translation>L'image affichée (%1)</translation>
        </message>
        <message>
            <source>The image on screen</source>
            <translation>L'image affichée</translation>
        </message>
        <message>
            <source>The selected rows</source>
            <translation>Les lignes sélectionnées</translation>
        </message>
        <message>
            <source>The rows the filter shows</source>
            <translation>Les lignes affichées par le filtre</translation>
        </message>
        <message>
            <source>Everything in the list</source>
            <translation>Toute la liste</translation>
        </message>
        <message>
            <source>Choose another name</source>
            <translation>Choisissez un autre nom</translation>
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
            <translation>Choisir l'emplacement d'enregistrement…</translation>
        </message>
    </context>
    <context>
        <name>ScoreBarWidget</name>
        <message>
            <source>Pneumonia score 0-100: the model's output, calibrated on its validation images. It ranks images against the threshold; it is not the chance that this child has pneumonia. Dashed line: the decision threshold. Shaded: the indeterminate band, where the model's errors are frequent.</source>
            <translation>Score de pneumonie 0-100 : la sortie du modèle, étalonnée sur ses images de validation. Il classe les images par rapport au seuil ; ce n'est pas la probabilité que cet enfant ait une pneumonie. Ligne pointillée : le seuil de décision. Zone ombrée : la zone d'incertitude, où les erreurs du modèle sont fréquentes.</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>seuil %1</translation>
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
            <source>Arithmetic on the CPU. The model card gives the int8 graph's agreement with fp32 on validation images. GPUs always run float16.</source>
            <translation>Calcul sur le CPU. La fiche du modèle donne l'accord du graphe int8 avec fp32 sur les images de validation. Les GPU calculent toujours en float16.</translation>
        </message>
        <message>
            <source>Analyse automatically when images are opened</source>
            <translation>Analyser automatiquement les images à l'ouverture</translation>
        </message>
        <message>
            <source>System (%1)</source>
            <translation>Système (%1)</translation>
        </message>
        <message>
            <source>The language of Pneumoscan's windows and reports; applies when Pneumoscan next starts. The CSV, the audit log and DICOM objects stay in English.</source>
            <translation>La langue des fenêtres et des comptes rendus de Pneumoscan ; s'applique au prochain démarrage. Le CSV, le journal d'audit et les objets DICOM restent en anglais.</translation>
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
            <translation>Part des enfants radiographiés qui ont une pneumonie. La VPP et la VPN (à quelle fréquence un résultat est juste) sont calculées pour cette valeur ; tant qu'elle n'est pas définie, le panneau du résultat le signale.</translation>
        </message>
        <message>
            <source>Pneumonia prevalence at your clinic</source>
            <translation>Prévalence de la pneumonie dans votre structure</translation>
        </message>
        <message>
            <source>none: the model's own operating point</source>
            <translation>aucun : le point de fonctionnement propre au modèle</translation>
        </message>
        <message>
            <source>A site profile (pneumoscan-calibrate, or Analyse &gt; Calibrate to this clinic) sets the threshold and calibration fitted on your clinic's images</source>
            <translation>Un profil du site (pneumoscan-calibrate, ou Analyse &gt; Étalonner pour ce site) fixe le seuil et l'étalonnage ajustés sur les images de votre structure</translation>
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
            <source>  (PIN)</source>
            <translation>  (code PIN)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Take the selected reader off this workstation's list (their readings stay theirs)</source>
            <translation>Retirer le lecteur sélectionné de la liste de ce poste (ses lectures restent les siennes)</translation>
        </message>
        <message>
            <source>Readers</source>
            <translation>Lecteurs</translation>
        </message>
        <message>
            <source>Readers add themselves when they first record a reading (status bar: Reader).</source>
            <translation>Les lecteurs s'ajoutent eux-mêmes lors de leur première lecture enregistrée (barre d'état : Lecteur).</translation>
        </message>
        <message>
            <source>Device changes take effect when the model reloads (now).</source>
            <translation>Un changement de processeur de calcul prend effet au rechargement du modèle (immédiat).</translation>
        </message>
        <message>
            <source>Assess even when the modality is not CR/DX</source>
            <translation>Évaluer même si la modalité n'est pas CR/DX</translation>
        </message>
        <message>
            <source>Assess even when the body part is not the chest</source>
            <translation>Évaluer même si la région anatomique n'est pas le thorax</translation>
        </message>
        <message>
            <source>Assess even when the view is not frontal (AP/PA)</source>
            <translation>Évaluer même si l'incidence n'est pas de face (AP/PA)</translation>
        </message>
        <message>
            <source>Assess images with no recorded age as children up to</source>
            <translation>Évaluer les images sans âge enregistré comme des enfants jusqu'à</translation>
        </message>
        <message>
            <source> years</source>
            <translation> ans</translation>
        </message>
        <message>
            <source>Only images whose file records no age at all: the adult-appearance check is skipped for them. An age outside the model's population, or one that is recorded but cannot be read, is never assessed.</source>
            <translation>Seulement les images dont le fichier n'enregistre aucun âge : le contrôle d'aspect adulte n'est pas fait pour elles. Un âge hors de la population du modèle, ou un âge enregistré mais illisible, n'est jamais évalué.</translation>
        </message>
        <message>
            <source>Relax input check</source>
            <translation>Assouplir un contrôle de l'image</translation>
        </message>
        <message>
            <source>Relaxed checks are shown in the status bar and recorded with every result.</source>
            <translation>Les contrôles assouplis sont affichés dans la barre d'état et enregistrés avec chaque résultat.</translation>
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
        <message>
            <source>Site profile not used</source>
            <translation>Profil du site non utilisé</translation>
        </message>
    </context>
    <context>
        <name>SiteProfile</name>
        <message>
            <source>Site calibration needs at least %1 confirmed images of each class; there are %2 NORMAL and %3 PNEUMONIA (each image counted once). Label more images and try again.</source>
            <translation>L'étalonnage pour le site nécessite au moins %1 images confirmées de chaque classe ; il y en a %2 NORMAL et %3 PNEUMONIE (chaque image comptée une fois). Lisez davantage d'images et réessayez.</translation>
        </message>
        <message>
            <source>Some of these images have no finite model output: analyse them again.</source>
            <translation>Certaines de ces images n'ont pas de sortie du modèle finie : analysez-les de nouveau.</translation>
        </message>
        <message>
            <source>On these images the model's score runs against the labels (ranking AUC %1, below chance): check the labels, they may be swapped.</source>
            <translation>Sur ces images, le score du modèle va à l'encontre des lectures (AUC de classement %1, inférieure au hasard) : vérifiez les lectures, elles sont peut-être inversées.</translation>
        </message>
        <message>
            <source>%1 was fitted for another model bundle (%2…); this one is %3…. Calibrate again with this model.</source>
            <translation>%1 a été ajusté pour un autre paquet de modèle (%2…) ; celui-ci est %3…. Étalonnez de nouveau avec ce modèle.</translation>
        </message>
    </context>
    <context>
        <name>SiteProfileDialog</name>
        <message>
            <source>%1 (95 % interval %2–%3)</source>
            <translation>%1 (intervalle à 95 % : %2–%3)</translation>
        </message>
        <message>
            <source>Fitted on</source>
            <translation>Ajusté sur</translation>
        </message>
        <message>
            <source>%1 NORMAL and %2 PNEUMONIA images (%3)</source>
            <translation>%1 images NORMAL et %2 images PNEUMONIE (%3)</translation>
        </message>
        <message>
            <source>Threshold (the model's score scale)</source>
            <translation>Seuil (échelle de score du modèle)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; instead of the model's own &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; au lieu de &lt;b&gt;%2&lt;/b&gt;, seuil propre au modèle</translation>
        </message>
        <message>
            <source>Indeterminate band (same scale)</source>
            <translation>Zone d'incertitude (même échelle)</translation>
        </message>
        <message>
            <source>%1 instead of %2</source>
            <translation>%1 au lieu de %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Sensitivity, out of sample</source>
            <translation>Sensibilité, hors échantillon</translation>
        </message>
        <message>
            <source>Specificity, out of sample</source>
            <translation>Spécificité, hors échantillon</translation>
        </message>
        <message>
            <source>Accuracy, out of sample</source>
            <translation>Exactitude, hors échantillon</translation>
        </message>
        <message>
            <source>%1 of these images (NORMAL %2, PNEUMONIA %3)</source>
            <translation>%1 de ces images (NORMAL %2, PNEUMONIE %3)</translation>
        </message>
        <message>
            <source>%1 - flagged: above %2</source>
            <translation>%1 - signalé : au-dessus de %2</translation>
        </message>
        <message>
            <source>Indeterminate with this profile</source>
            <translation>Indéterminées avec ce profil</translation>
        </message>
        <message>
            <source>&lt;p&gt;The model's own point, measured on %1: sensitivity %2, specificity %3.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Point de fonctionnement propre au modèle, mesuré sur %1 : sensibilité %2, spécificité %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every number here is measured &lt;b&gt;out of sample&lt;/b&gt;: the whole fit was repeated on resamples of these images and scored on the images each left out. With the profile, the app shows scores on the profile's recalibrated scale, where the threshold reads %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Chaque chiffre présenté ici est mesuré &lt;b&gt;hors échantillon&lt;/b&gt; : l'ajustement complet a été répété sur des rééchantillonnages de ces images et évalué à chaque fois sur les images laissées de côté. Avec le profil, l'application affiche les scores sur l'échelle réétalonnée du profil, sur laquelle le seuil vaut %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Warnings&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Avertissements&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;No warnings.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Aucun avertissement.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Use this site profile?</source>
            <translation>Utiliser ce profil du site ?</translation>
        </message>
        <message>
            <source>Apply this operating point</source>
            <translation>Appliquer ce point de fonctionnement</translation>
        </message>
        <message>
            <source>Keep the current one</source>
            <translation>Conserver l'actuel</translation>
        </message>
        <message>
            <source>Apply this operating point to every result from now on? Results are analysed again.</source>
            <translation>Appliquer ce point de fonctionnement à tous les résultats à partir de maintenant ? Les résultats seront de nouveau analysés.</translation>
        </message>
    </context>
    <context>
        <name>StudyListPanel</name>
        <message>
            <source>Show only rows with this result</source>
            <translation>N'afficher que les lignes ayant ce résultat</translation>
        </message>
        <message>
            <source>Filter (Ctrl+F): file, PatientID, accession…</source>
            <translation>Filtre (Ctrl+F) : fichier, PatientID, accession…</translation>
        </message>
        <message>
            <source>Rows shown by the filter, of all rows</source>
            <translation>Lignes affichées par le filtre, sur l'ensemble des lignes</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <source> (nothing to show yet)</source>
            <translation> (rien à afficher pour l'instant)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>StudyOpener</name>
        <message>
            <source>the sample images</source>
            <translation>les images d'exemple</translation>
        </message>
        <message>
            <source>Replace the open images?</source>
            <translation>Remplacer les images ouvertes ?</translation>
        </message>
        <message>
            <source>Open: %1 from %2. Open %3 in their place?</source>
            <translation>Liste actuelle : %1 de %2. Ouvrir %3 à leur place ?</translation>
        </message>
        <message>
            <source>Replacing keeps one patient's study in view: results, readings and notes already made are kept in Pneumoscan's records.</source>
            <translation>Remplacer la liste permet de garder à l'écran l'examen d'un seul patient : les résultats, lectures et remarques déjà faits sont conservés dans les registres de Pneumoscan.</translation>
        </message>
        <message>
            <source> The sample images are never added to a patient's list.</source>
            <translation> Les images d'exemple ne sont jamais ajoutées à la liste d'un patient.</translation>
        </message>
        <message>
            <source>Replace the list</source>
            <translation>Remplacer la liste</translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>Ajouter à la liste</translation>
        </message>
        <message>
            <source>Searching for images…</source>
            <translation>Recherche d'images…</translation>
        </message>
        <message>
            <source>searching for images</source>
            <translation>recherche d'images</translation>
        </message>
        <message>
            <source>No images found in %1: the list is unchanged.</source>
            <translation>Aucune image trouvée dans %1 : la liste est inchangée.</translation>
        </message>
        <message>
            <source>No images found in %1.</source>
            <translation>Aucune image trouvée dans %1.</translation>
        </message>
        <message>
            <source>what was opened</source>
            <translation>ce qui a été ouvert</translation>
        </message>
        <message>
            <source>The %1 file(s) in %2 are already in the list.</source>
            <translation>Les fichiers de %2 (%1) figurent déjà dans la liste.</translation>
        </message>
        <message>
            <source>%1 of Pneumoscan's sample images were left out: samples never join a patient's list (Close all, then the welcome view opens them on their own).</source>
            <translation>%1 image(s) d'exemple de Pneumoscan ont été écartées : les exemples ne rejoignent jamais la liste d'un patient (Fermer toutes les images, puis l'écran d'accueil les ouvre à part).</translation>
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
            <translation>✓ d'accord</translation>
        </message>
        <message>
            <source>✗ disagree</source>
            <translation>✗ pas d'accord</translation>
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
            <source>folder %1</source>
            <translation>dossier %1</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>pas de date</translation>
        </message>
        <message>
            <source>no PatientID</source>
            <translation>pas de PatientID</translation>
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
            <translation>Date de l'examen</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Incidence</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>N° d'accession</translation>
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
        <message>
            <source>New from the X-ray unit (DICOM node), not yet opened
%1</source>
            <translation>Nouvelle image de l'appareil de radiographie (nœud DICOM), pas encore ouverte
%1</translation>
        </message>
        <message>
            <source>
Made on an earlier result (%1); this result needs a new reading.</source>
            <translation>
Faite sur un résultat antérieur (%1) ; ce résultat nécessite une nouvelle lecture.</translation>
        </message>
        <message>
            <source>Reading %1 (%2) by %3, %4</source>
            <translation>Lecture %1 (%2) par %3, %4</translation>
        </message>
        <message>
            <source>
Note: %1</source>
            <translation>
Remarque : %1</translation>
        </message>
        <message>
            <source>Pneumonia score (calibrated P(pneumonia) x 100); threshold %1</source>
            <translation>Score de pneumonie (P(pneumonie) étalonnée x 100) ; seuil %1</translation>
        </message>
        <message>
            <source>Pneumonia score</source>
            <translation>Score de pneumonie</translation>
        </message>
    </context>
    <context>
        <name>TrustBundleDialog</name>
        <message>
            <source>Use this model bundle?</source>
            <translation>Utiliser ce paquet du modèle ?</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; at %2 is not the model shipped with this Pneumoscan. Its decision threshold, indeterminate band and input checks decide every label: use it only if you know where it comes from and have read its model card.&lt;/p&gt;&lt;p&gt;Bundle identity: &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, situé dans %2, n'est pas le modèle fourni avec ce Pneumoscan. Son seuil de décision, sa zone d'incertitude et ses contrôles de l'image déterminent chaque libellé : ne l'utilisez que si vous savez d'où il provient et avez lu sa fiche du modèle.&lt;/p&gt;&lt;p&gt;Identité du paquet : &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Trust and use this bundle</source>
            <translation>Approuver et utiliser ce paquet</translation>
        </message>
        <message>
            <source>Do not use it</source>
            <translation>Ne pas l'utiliser</translation>
        </message>
    </context>
    <context>
        <name>ViewerPanel</name>
        <message>
            <source>Full range</source>
            <translation>Plage complète</translation>
        </message>
        <message>
            <source>Soft contrast</source>
            <translation>Contraste doux</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <source>Lungs (dark)</source>
            <translation>Poumons (sombre)</translation>
        </message>
        <message>
            <source>Mediastinum (bright)</source>
            <translation>Médiastin (clair)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personnalisé</translation>
        </message>
        <message>
            <source>Image min–max</source>
            <translation>Min–max de l'image</translation>
        </message>
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
            <translation>Montrer où masquer une partie de l'image a fait baisser le score de pneumonie : la teinte croît avec cet indice, le contour cyan entoure les indices forts, l'anneau cyan marque le plus fort. Ce n'est pas un contour de la maladie (Ctrl+H)</translation>
        </message>
        <message>
            <source>Heatmap opacity</source>
            <translation>Opacité de la carte de chaleur</translation>
        </message>
        <message>
            <source>Heatmap colours, on one scale for every image: full colour = as much evidence as the strongest 1 % of pneumonia evidence on the model's validation images; weak evidence fades out. Shown by default only for PNEUMONIA and indeterminate results (Ctrl+H toggles).</source>
            <translation>Couleurs de la carte de chaleur, sur une même échelle pour toutes les images : couleur pleine = autant d'indices que les 1 % d'indices de pneumonie les plus forts sur les images de validation du modèle ; les indices faibles s'estompent. Affichée par défaut seulement pour les résultats PNEUMONIE et indéterminés (Ctrl+H pour basculer).</translation>
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
            <translation>Garder cette fenêtre/niveau en passant à l'image suivante (du même type de fichier)</translation>
        </message>
        <message>
            <source>Window/level: the file's own presets and VOI LUTs first (right-drag on the image to adjust; the box then says %1)</source>
            <translation>Fenêtre/niveau : d'abord les préréglages et les VOI LUT du fichier (glisser avec le bouton droit sur l'image pour ajuster ; la liste affiche alors %1)</translation>
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
            <source>Patient, study and file in the image's corners (Ctrl+T)</source>
            <translation>Patient, examen et fichier dans les coins de l'image (Ctrl+T)</translation>
        </message>
        <message>
            <source>Zoom: screen pixels per image pixel</source>
            <translation>Zoom : pixels d'écran par pixel d'image</translation>
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
            <source>%1: window width and level in the file's own units (its modality values)</source>
            <translation>%1 : largeur et niveau de fenêtre dans les unités propres au fichier (ses valeurs de modalité)</translation>
        </message>
        <message>
            <source>%1: window width and level in the file's own units (its stored grey values)</source>
            <translation>%1 : largeur et niveau de fenêtre dans les unités propres au fichier (ses niveaux de gris enregistrés)</translation>
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
        <name>ViewingController</name>
        <message>
            <source>No image matches the filter: change or clear it (Ctrl+F).</source>
            <translation>Aucune image ne correspond au filtre : modifiez-le ou effacez-le (Ctrl+F).</translation>
        </message>
        <message>
            <source>— no image shown</source>
            <translation>— aucune image affichée</translation>
        </message>
        <message>
            <source>Unreadable.</source>
            <translation>Illisible.</translation>
        </message>
        <message>
            <source>opening the image</source>
            <translation>ouverture de l'image</translation>
        </message>
        <message>
            <source>⚠ %1 cannot be shown.
%2</source>
            <translation>⚠ Impossible d'afficher %1.
%2</translation>
        </message>
        <message>
            <source>⚠ %1 changed since it was analysed.
Its result is not shown beside other pixels, and no reading can be recorded until it is analysed again.</source>
            <translation>⚠ %1 a changé depuis son analyse.
Son résultat n'est pas affiché à côté d'autres pixels, et aucune lecture ne peut être enregistrée avant une nouvelle analyse.</translation>
        </message>
        <message>
            <source>making the heatmap…</source>
            <translation>création de la carte de chaleur…</translation>
        </message>
        <message>
            <source>making the heatmap</source>
            <translation>création de la carte de chaleur</translation>
        </message>
        <message>
            <source>no heatmap: %1</source>
            <translation>pas de carte de chaleur : %1</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWidget</name>
        <message>
            <source>Decision support for frontal chest X-rays of children: a pneumonia score, a label and a heatmap for each image. The clinician reads the image and decides.</source>
            <translation>Aide à la décision pour les radiographies thoraciques de face chez l'enfant : un score de pneumonie, un libellé et une carte de chaleur pour chaque image. Le clinicien lit l'image et décide.</translation>
        </message>
        <message>
            <source>Analyse the sample images</source>
            <translation>Analyser les images d'exemple</translation>
        </message>
        <message>
            <source>Open and analyse the bundled examples: a normal and a pneumonia radiograph, a pediatric DICOM, and an adult DICOM that is shown as out of scope</source>
            <translation>Ouvrir et analyser les exemples fournis : une radiographie normale et une avec pneumonie, un DICOM pédiatrique et un DICOM d'adulte, affiché comme hors du champ d'utilisation</translation>
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
            <source>Unsure</source>
            <translation>Incertain</translation>
        </message>
        <message>
            <source>agree</source>
            <translation>d'accord</translation>
        </message>
        <message>
            <source>disagree</source>
            <translation>pas d'accord</translation>
        </message>
        <message>
            <source>resolved indeterminate</source>
            <translation>indéterminé tranché</translation>
        </message>
        <message>
            <source>unsure</source>
            <translation>incertain</translation>
        </message>
        <message>
            <source>How often a call is right depends on how common pneumonia is among the children you X-ray: set your clinic's prevalence in Settings to see it.</source>
            <translation>La fréquence à laquelle un résultat est juste dépend de la fréquence de la pneumonie chez les enfants que vous radiographiez : indiquez la prévalence de votre structure dans les Paramètres pour la voir.</translation>
        </message>
        <message>
            <source>No call: score %1 of 100 lies in the indeterminate band (%2–%3) around the threshold, where the model is often wrong. Read the image carefully.</source>
            <translation>Pas de conclusion : le score %1 sur 100 se situe dans la zone d'incertitude (%2–%3) autour du seuil, où le modèle se trompe souvent. Lisez l'image attentivement.</translation>
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
            <translation>Pas de score : le contrôle de l'image l'a retenu.</translation>
        </message>
        <message>
            <source>This model records no sensitivity and specificity measured on images its threshold was not chosen on, so how often a call is right is not shown.</source>
            <translation>Ce modèle n'enregistre aucune sensibilité ni spécificité mesurées sur des images autres que celles ayant servi à choisir son seuil ; la fréquence à laquelle un résultat est juste n'est donc pas affichée.</translation>
        </message>
        <message>
            <source>How often a %1 call is right cannot be computed from the figures in force (sensitivity %2, specificity %3).</source>
            <translation>La fréquence à laquelle un résultat %1 est juste ne peut pas être calculée à partir des valeurs en vigueur (sensibilité %2, spécificité %3).</translation>
        </message>
        <message>
            <source>At a pneumonia prevalence of %1, %2 of %3 calls are right (%4%5). From sensitivity %6 and specificity %7 measured on %8.</source>
            <translation>Pour une prévalence de la pneumonie de %1, %2 des résultats %3 sont justes (%4%5). D'après une sensibilité de %6 et une spécificité de %7 mesurées sur %8.</translation>
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
