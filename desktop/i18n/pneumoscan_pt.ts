<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Open files…</source>
        <translation>Abrir ficheiros…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Abrir pasta…</translation>
    </message>
    <message>
        <source>Recent folders</source>
        <translation>Pastas recentes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export CSV of the selected rows…</source>
        <translation>Exportar CSV das linhas selecionadas…</translation>
    </message>
    <message>
        <source>Export heatmap overlays…</source>
        <translation>Exportar os mapas de calor sobrepostos…</translation>
    </message>
    <message>
        <source>Close all images</source>
        <translation>Fechar todas as imagens</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Analyse all</source>
        <translation>Analisar tudo</translation>
    </message>
    <message>
        <source>Analyse selected</source>
        <translation>Analisar a seleção</translation>
    </message>
    <message>
        <source>Cancel analysis…</source>
        <translation>Cancelar a análise…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Definições…</translation>
    </message>
    <message>
        <source>Open the images the DICOM node received</source>
        <translation>Abrir as imagens recebidas pelo nó DICOM</translation>
    </message>
    <message>
        <source>DICOM node…</source>
        <translation>Nó DICOM…</translation>
    </message>
    <message>
        <source>My reading: NORMAL</source>
        <translation>A minha leitura: NORMAL</translation>
    </message>
    <message>
        <source>My reading: PNEUMONIA</source>
        <translation>A minha leitura: PNEUMONIA</translation>
    </message>
    <message>
        <source>My reading: unsure</source>
        <translation>A minha leitura: não tenho certeza</translation>
    </message>
    <message>
        <source>Undo my last act on this image&apos;s reading</source>
        <translation>Anular a minha última ação na leitura desta imagem</translation>
    </message>
    <message>
        <source>Clear the reading of this image</source>
        <translation>Apagar a leitura desta imagem</translation>
    </message>
    <message>
        <source>Write a note on this image</source>
        <translation>Escrever uma nota sobre esta imagem</translation>
    </message>
    <message>
        <source>Who is reading…</source>
        <translation>Quem está a ler…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Imprimir o relatório…</translation>
    </message>
    <message>
        <source>Calibrate to this clinic…</source>
        <translation>Calibrar para este local…</translation>
    </message>
    <message>
        <source>Use the model&apos;s own operating point</source>
        <translation>Usar o ponto de funcionamento próprio do modelo</translation>
    </message>
    <message>
        <source>Next study</source>
        <translation>Exame seguinte</translation>
    </message>
    <message>
        <source>Previous study</source>
        <translation>Exame anterior</translation>
    </message>
    <message>
        <source>First study</source>
        <translation>Primeiro exame</translation>
    </message>
    <message>
        <source>Last study</source>
        <translation>Último exame</translation>
    </message>
    <message>
        <source>Filter the study list</source>
        <translation>Filtrar a lista de exames</translation>
    </message>
    <message>
        <source>Group the list by study</source>
        <translation>Agrupar a lista por exame</translation>
    </message>
    <message>
        <source>Toggle heatmap</source>
        <translation>Mostrar/ocultar o mapa de calor</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <source>Actual pixels (1:1)</source>
        <translation>Píxeis reais (1:1)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <source>Patient overlay</source>
        <translation>Dados do doente sobre a imagem</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Repor a disposição</translation>
    </message>
    <message>
        <source>Intended use…</source>
        <translation>Utilização prevista…</translation>
    </message>
    <message>
        <source>Model card…</source>
        <translation>Ficha do modelo…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Atalhos de teclado…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Registo de auditoria…</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir a pasta de registos</translation>
    </message>
    <message>
        <source>About Pneumoscan…</source>
        <translation>Acerca do Pneumoscan…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>A&amp;nálise</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Leitura</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Study list columns</source>
        <translation>Colunas da lista de exames</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
</context>
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
