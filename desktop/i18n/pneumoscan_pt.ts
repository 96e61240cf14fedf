<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>, made %1</source>
            <translation>, criado em %1</translation>
        </message>
        <message>
            <source>&lt;br/&gt;Bundle identity (sha256 of bundle.json, covering every file and decision parameter):&lt;br/&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br/&gt;Operating point: </source>
            <translation>&lt;br/&gt;Identidade do pacote (sha256 de bundle.json, que abrange todos os ficheiros e parâmetros de decisão):&lt;br/&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br/&gt;Ponto de funcionamento: </translation>
        </message>
        <message>
            <source>site profile %1, identity &lt;code&gt;%2&lt;/code&gt;</source>
            <translation>perfil do local %1, identidade &lt;code&gt;%2&lt;/code&gt;</translation>
        </message>
        <message>
            <source>the model's own (no site profile)</source>
            <translation>o próprio do modelo (sem perfil do local)</translation>
        </message>
        <message>
            <source>no model installed</source>
            <translation>nenhum modelo instalado</translation>
        </message>
        <message>
            <source>installed build</source>
            <translation>versão instalada</translation>
        </message>
        <message>
            <source>run from source</source>
            <translation>executado a partir do código-fonte</translation>
        </message>
        <message>
            <source>&lt;br/&gt;&lt;b&gt;Local support:&lt;/b&gt; %1</source>
            <translation>&lt;br/&gt;&lt;b&gt;Suporte local:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Pneumoscan %1&lt;/h3&gt;&lt;p&gt;Decision support for reading pediatric chest X-rays (NORMAL / PNEUMONIA).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Pneumoscan %1&lt;/h3&gt;&lt;p&gt;Apoio à decisão na leitura de radiografias do tórax pediátricas (NORMAL / PNEUMONIA).&lt;/p&gt;</translation>
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
            <translation>&lt;p&gt;&lt;b&gt;Software:&lt;/b&gt; %1 (%2)&lt;br/&gt;&lt;b&gt;Inferência:&lt;/b&gt; %3&lt;br/&gt;&lt;b&gt;Pasta de registos:&lt;/b&gt; %4&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not loaded</source>
            <translation>não carregado</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Risks that remain&lt;/b&gt; (the hazard log, %1 in the source, ties every known hazard to its control and its test):&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Riscos que permanecem&lt;/b&gt; (o registo de perigos, %1 no código-fonte, liga cada perigo conhecido à sua medida de controlo e ao seu teste):&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Readings cannot be recorded</source>
            <translation>Não é possível registar leituras</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Ficha do modelo</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <source>About Pneumoscan</source>
            <translation>Acerca do Pneumoscan</translation>
        </message>
        <message>
            <source>Reader: %1</source>
            <translation>Leitor: %1</translation>
        </message>
        <message>
            <source>No images received yet</source>
            <translation>Ainda não foram recebidas imagens</translation>
        </message>
        <message>
            <source>The DICOM node's store (%1) is empty: turn the node on in Analyse ▸ DICOM node… and send images to it.</source>
            <translation>O armazenamento do nó DICOM (%1) está vazio: ative o nó em Análise ▸ Nó DICOM… e envie-lhe imagens.</translation>
        </message>
        <message>
            <source>The audit log is not being written</source>
            <translation>O registo de auditoria não está a ser escrito</translation>
        </message>
        <message>
            <source>Pneumoscan could not write its audit log (%1): results and exports since then are not recorded in it. Free some disk space or ask for write access to the folder, then restart Pneumoscan.</source>
            <translation>O Pneumoscan não conseguiu escrever o seu registo de auditoria (%1): os resultados e as exportações feitos desde então não ficam registados nele. Liberte espaço em disco ou peça acesso de escrita à pasta e, em seguida, reinicie o Pneumoscan.</translation>
        </message>
        <message>
            <source>Audit log: %1</source>
            <translation>Registo de auditoria: %1</translation>
        </message>
        <message>
            <source>Pneumoscan: %1 failed</source>
            <translation>Pneumoscan: falhou %1</translation>
        </message>
        <message>
            <source>Details are in the log folder (%1).</source>
            <translation>Os detalhes estão na pasta de registos (%1).</translation>
        </message>
        <message>
            <source>Settings changed: %1 result(s) are being decided again under them (from the stored model outputs where possible).</source>
            <translation>Definições alteradas: %1 resultado(s) estão a ser decididos de novo com as novas definições (a partir das saídas do modelo guardadas, sempre que possível).</translation>
        </message>
        <message>
            <source>The new settings apply when the running batch finishes; its results are then decided again under them.</source>
            <translation>As novas definições aplicam-se quando o lote em curso terminar; os resultados desse lote são então decididos de novo com elas.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>All entries</source>
            <translation>Todas as entradas</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>Leituras</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Exports and reports</source>
            <translation>Exportações e relatórios</translation>
        </message>
        <message>
            <source>Model, settings, site profile and readers</source>
            <translation>Modelo, definições, perfil do local e leitores</translation>
        </message>
        <message>
            <source>&lt;p&gt;Audit log: %1 (newest first, %2 entries shown)&lt;/p&gt;</source>
            <translation>&lt;p&gt;Registo de auditoria: %1 (mais recentes primeiro, %2 entradas mostradas)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>time (local)</source>
            <translation>hora (local)</translation>
        </message>
        <message>
            <source>account</source>
            <translation>conta</translation>
        </message>
        <message>
            <source>what</source>
            <translation>o quê</translation>
        </message>
        <message>
            <source>file</source>
            <translation>ficheiro</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Registo de auditoria</translation>
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
            <translation>Estão a ser analisadas agora %1 das imagens pedidas (%2); as restantes já têm resultados com as definições em vigor.</translation>
        </message>
        <message>
            <source>Nothing to analyse: the %1 image(s) asked for already have results at the settings in force (files that are not images cannot be analysed).</source>
            <translation>Nada a analisar: todas as imagens pedidas (%1) já têm resultados com as definições em vigor (os ficheiros que não são imagens não podem ser analisados).</translation>
        </message>
        <message>
            <source>No images to analyse.</source>
            <translation>Não há imagens para analisar.</translation>
        </message>
        <message>
            <source>%1 image(s) queued: they are analysed when the current batch or the model loading finishes.</source>
            <translation>Imagens em fila de espera: %1. São analisadas quando terminar o lote atual ou o carregamento do modelo.</translation>
        </message>
        <message>
            <source>%1 img/s, about %2 s left</source>
            <translation>%1 img/s, faltam cerca de %2 s</translation>
        </message>
    </context>
    <context>
        <name>BatchSummary</name>
        <message>
            <source>&lt;br/&gt;%1 other file(s) in the folder are not images (filter: %2).</source>
            <translation>&lt;br/&gt;Outros ficheiros da pasta que não são imagens: %1 (filtro: %2).</translation>
        </message>
        <message>
            <source>&lt;br/&gt;Readings: </source>
            <translation>&lt;br/&gt;Leituras: </translation>
        </message>
        <message>
            <source>&lt;br/&gt;&lt;b&gt;In the list: %1, %2&lt;/b&gt; &amp;nbsp;</source>
            <translation>&lt;br/&gt;&lt;b&gt;Na lista: %1, %2&lt;/b&gt; &amp;nbsp;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Batch cancelled:&lt;/b&gt; %1 of %2 images in %3 s (%4 images/s)&lt;br/&gt;</source>
            <translation>&lt;b&gt;Lote cancelado:&lt;/b&gt; %1 de %2 imagens em %3 s (%4 imagens/s)&lt;br/&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Batch finished:&lt;/b&gt; %1 of %2 images in %3 s (%4 images/s)&lt;br/&gt;</source>
            <translation>&lt;b&gt;Lote concluído:&lt;/b&gt; %1 de %2 imagens em %3 s (%4 imagens/s)&lt;br/&gt;</translation>
        </message>
    </context>
    <context>
        <name>BatchSummaryWidget</name>
        <message>
            <source>Dismiss the batch summary</source>
            <translation>Fechar o resumo do lote</translation>
        </message>
    </context>
    <context>
        <name>BundleSession</name>
        <message>
            <source>No model installed — images can be opened and viewed, not analysed.</source>
            <translation>Nenhum modelo instalado — as imagens podem ser abertas e visualizadas, mas não analisadas.</translation>
        </message>
        <message>
            <source>Model problem</source>
            <translation>Problema com o modelo</translation>
        </message>
        <message>
            <source>The installed model cannot be used (see message).</source>
            <translation>O modelo instalado não pode ser usado (ver mensagem).</translation>
        </message>
        <message>
            <source>Site profile not used</source>
            <translation>Perfil do local não usado</translation>
        </message>
        <message>
            <source>%1 The model's own operating point is used.</source>
            <translation>%1 É usado o ponto de funcionamento próprio do modelo.</translation>
        </message>
        <message>
            <source>Waiting for you to confirm the model bundle…</source>
            <translation>A aguardar a sua confirmação do pacote do modelo…</translation>
        </message>
        <message>
            <source>The model bundle was not trusted — images can be viewed, not analysed.</source>
            <translation>O pacote do modelo não foi considerado fidedigno — as imagens podem ser visualizadas, mas não analisadas.</translation>
        </message>
        <message>
            <source>Loading model %1…</source>
            <translation>A carregar o modelo %1…</translation>
        </message>
        <message>
            <source>loading the model</source>
            <translation>o carregamento do modelo</translation>
        </message>
        <message>
            <source>Model could not be loaded — images can still be viewed.</source>
            <translation>Não foi possível carregar o modelo — as imagens continuam a poder ser visualizadas.</translation>
        </message>
        <message>
            <source>  — RELAXED input checks: %1</source>
            <translation>  — verificações da imagem FLEXIBILIZADAS: %1</translation>
        </message>
        <message>
            <source>Model %1 ready on %2</source>
            <translation>Modelo %1 pronto em %2</translation>
        </message>
    </context>
    <context>
        <name>ClinicianController</name>
        <message>
            <source>Open and select an image first.</source>
            <translation>Abra e selecione primeiro uma imagem.</translation>
        </message>
        <message>
            <source>This file changed since it was analysed: analyse it again before recording a reading.</source>
            <translation>Este ficheiro mudou desde que foi analisado: analise-o de novo antes de registar uma leitura.</translation>
        </message>
        <message>
            <source>The image is still being shown: try again in a moment.</source>
            <translation>A imagem ainda está a ser apresentada: tente novamente dentro de momentos.</translation>
        </message>
        <message>
            <source>Only an analysed image's result can be read here.</source>
            <translation>Só o resultado de uma imagem analisada pode ser lido aqui.</translation>
        </message>
        <message>
            <source>Saved: %1 (%2), %3. Undo: Ctrl+Z.</source>
            <translation>Guardada: %1 (%2), %3. Anular: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Saved your reading %1 of %2 (%3) by %4.</source>
            <translation>A sua leitura %1 de %2 (%3) foi guardada por %4.</translation>
        </message>
        <message>
            <source>Not yours to undo</source>
            <translation>Só quem registou pode anular</translation>
        </message>
        <message>
            <source>Not yours to clear</source>
            <translation>Só quem registou pode apagar</translation>
        </message>
        <message>
            <source>This was recorded by %1. Only %1 can undo it: choose %1 as the reader (Reading &gt; Who is reading...). You can record your own reading instead; both stay in the history.</source>
            <translation>Isto foi registado por %1. Só %1 pode anulá-lo: escolha %1 como leitor (Leitura &gt; Quem está a ler...). Em alternativa, pode registar a sua própria leitura; ambas ficam no histórico.</translation>
        </message>
        <message>
            <source>This was recorded by %1. Only %1 can clear it: choose %1 as the reader (Reading &gt; Who is reading...). You can record your own reading instead; both stay in the history.</source>
            <translation>Isto foi registado por %1. Só %1 pode apagá-lo: escolha %1 como leitor (Leitura &gt; Quem está a ler...). Em alternativa, pode registar a sua própria leitura; ambas ficam no histórico.</translation>
        </message>
        <message>
            <source>The note could not be kept as a draft: %1</source>
            <translation>Não foi possível manter a nota como rascunho: %1</translation>
        </message>
        <message>
            <source>Undone: the reading is %1 again.</source>
            <translation>Anulado: a leitura volta a ser %1.</translation>
        </message>
        <message>
            <source>Undone: this image has no reading now.</source>
            <translation>Anulado: esta imagem deixou de ter leitura.</translation>
        </message>
        <message>
            <source>Cleared: this image has no reading now (Undo brings it back).</source>
            <translation>Leitura apagada: esta imagem deixou de ter leitura (Anular repõe-na).</translation>
        </message>
        <message>
            <source> The note is kept as a draft.</source>
            <translation> A nota é mantida como rascunho.</translation>
        </message>
        <message>
            <source>Your reading was NOT saved</source>
            <translation>A sua leitura NÃO foi guardada</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Não guardada: %1</translation>
        </message>
        <message>
            <source>The note is kept as a draft: record your reading (NORMAL, PNEUMONIA or Unsure) to save it with the reading.</source>
            <translation>A nota é mantida como rascunho: registe a sua leitura (NORMAL, PNEUMONIA ou Não tenho certeza) para a guardar com a leitura.</translation>
        </message>
        <message>
            <source>The draft note could not be kept: %1</source>
            <translation>Não foi possível manter o rascunho da nota: %1</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Nada a imprimir</translation>
        </message>
        <message>
            <source>Analyse images first.</source>
            <translation>Analise primeiro as imagens.</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Guardar o relatório em PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Ficheiros PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report</source>
            <translation>O relatório</translation>
        </message>
        <message>
            <source>Printing %1 page(s)…</source>
            <translation>A imprimir %1 página(s)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Imprimir o relatório</translation>
        </message>
        <message>
            <source>printing the report</source>
            <translation>a impressão do relatório</translation>
        </message>
        <message>
            <source>Report cancelled: no file was written.</source>
            <translation>Relatório cancelado: nenhum ficheiro foi escrito.</translation>
        </message>
        <message>
            <source>Report of %1 written to %2</source>
            <translation>Relatório de %1 escrito em %2</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Relatório escrito em %1</translation>
        </message>
        <message>
            <source>site calibration</source>
            <translation>a calibração para o local</translation>
        </message>
        <message>
            <source>Site calibration</source>
            <translation>Calibração para o local</translation>
        </message>
        <message>
            <source>Calibrate to this clinic</source>
            <translation>Calibrar para este local</translation>
        </message>
    </context>
    <context>
        <name>ColourLegendWidget</name>
        <message>
            <source>weak</source>
            <translation>fraca</translation>
        </message>
        <message>
            <source>opacity %1</source>
            <translation>opacidade %1</translation>
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
                <numerusform>%n linha</numerusform>
                <numerusform>%n linhas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n study(-ies)</source>
            <translation>
                <numerusform>%n exame</numerusform>
                <numerusform>%n exames</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n imagem</numerusform>
                <numerusform>%n imagens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n itens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overlay(s)</source>
            <translation>
                <numerusform>%n mapa de calor sobreposto</numerusform>
                <numerusform>%n mapas de calor sobrepostos</numerusform>
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
                <numerusform>%n página (um resumo e depois uma página por imagem)</numerusform>
                <numerusform>%n páginas (um resumo e depois uma página por imagem)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>⚑ RELAXED input check (settings): %1</source>
            <translation>⚑ Verificação da imagem FLEXIBILIZADA (definições): %1</translation>
        </message>
        <message>
            <source>Decision support only — the clinician reads the image and decides.</source>
            <translation>Apenas apoio à decisão — o profissional de saúde lê a imagem e decide.</translation>
        </message>
        <message>
            <source>Model result</source>
            <translation>Resultado do modelo</translation>
        </message>
        <message>
            <source>Your reading</source>
            <translation>A sua leitura</translation>
        </message>
        <message>
            <source>Unsure</source>
            <translation>Não tenho certeza</translation>
        </message>
        <message>
            <source>Record your own reading of this image: %1 (%2). Saved at once, with your name; Undo (Ctrl+Z) takes it back.</source>
            <translation>Registar a sua própria leitura desta imagem: %1 (%2). Guardada de imediato, com o seu nome; Anular (Ctrl+Z) retira-a.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Anular</translation>
        </message>
        <message>
            <source>Undo your last act on this image's reading (Ctrl+Z); recorded in the audit log</source>
            <translation>Anular a sua última ação na leitura desta imagem (Ctrl+Z); fica no registo de auditoria</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <source>Withdraw the reading of this image (recorded in the audit log)</source>
            <translation>Retirar a leitura desta imagem (fica no registo de auditoria)</translation>
        </message>
        <message>
            <source>Note (Alt+N; Enter saves it with your reading):</source>
            <translation>Nota (Alt+N; Enter guarda-a com a sua leitura):</translation>
        </message>
        <message>
            <source>Your note on this image</source>
            <translation>A sua nota sobre esta imagem</translation>
        </message>
        <message>
            <source>Image and model</source>
            <translation>Imagem e modelo</translation>
        </message>
        <message>
            <source>No reading yet: record yours (Ctrl+Shift+N / P / U).</source>
            <translation>Ainda sem leitura: registe a sua (Ctrl+Shift+N / P / U).</translation>
        </message>
        <message>
            <source>&lt;br/&gt;Note: %1</source>
            <translation>&lt;br/&gt;Nota: %1</translation>
        </message>
        <message>
            <source>Your reading: &lt;b&gt;%1&lt;/b&gt; (%2) — saved by %3, %4</source>
            <translation>A sua leitura: &lt;b&gt;%1&lt;/b&gt; (%2) — guardada por %3, %4</translation>
        </message>
        <message>
            <source>&lt;span style='color:#a05000'&gt;&lt;b&gt;Read again:&lt;/b&gt; the reading %1 by %2 (%3) was made on an earlier result (%4). The result has changed since (another operating point, model or setting): record your reading of this result.&lt;/span&gt;</source>
            <translation>&lt;span style='color:#a05000'&gt;&lt;b&gt;Volte a ler:&lt;/b&gt; a leitura %1 de %2 (%3) foi feita sobre um resultado anterior (%4). O resultado mudou entretanto (outro ponto de funcionamento, modelo ou definição): registe a sua leitura deste resultado.&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Draft note, kept with this image: it is saved with your reading (record one, or press Enter to save it with the reading you made).</source>
            <translation>Rascunho de nota, mantido com esta imagem: é guardado com a sua leitura (registe uma, ou prima Enter para o guardar com a leitura feita).</translation>
        </message>
        <message>
            <source>… being analysed again</source>
            <translation>… a ser analisada de novo</translation>
        </message>
        <message>
            <source>The operating point, model or settings changed: this image is analysed again. Its earlier result is not shown, so that no number mixes two operating points.</source>
            <translation>O ponto de funcionamento, o modelo ou as definições mudaram: esta imagem é analisada de novo. O seu resultado anterior não é mostrado, para que nenhum número misture dois pontos de funcionamento.</translation>
        </message>
        <message>
            <source>— not analysed</source>
            <translation>— não analisada</translation>
        </message>
        <message>
            <source>Changed since it was analysed</source>
            <translation>Alterado desde que foi analisado</translation>
        </message>
        <message>
            <source>No score: the input check withheld it. Why:</source>
            <translation>Sem pontuação: a verificação da imagem reteve-a. Porquê:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Ficheiro</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensões</translation>
        </message>
        <message>
            <source>%1 x %2 px</source>
            <translation>%1 x %2 px</translation>
        </message>
        <message>
            <source>Bit depth</source>
            <translation>Profundidade de bits</translation>
        </message>
        <message>
            <source>Window (file)</source>
            <translation>Janela (ficheiro)</translation>
        </message>
        <message>
            <source>Raw score (audit only)</source>
            <translation>Pontuação bruta (apenas para auditoria)</translation>
        </message>
        <message>
            <source>Out-of-distribution score</source>
            <translation>Pontuação de fora da distribuição</translation>
        </message>
        <message>
            <source>Adult-appearance score</source>
            <translation>Pontuação de aspeto adulto</translation>
        </message>
        <message>
            <source>Relaxed checks (settings)</source>
            <translation>Verificações flexibilizadas (definições)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Bundle identity</source>
            <translation>Identidade do pacote</translation>
        </message>
        <message>
            <source>Site profile</source>
            <translation>Perfil do local</translation>
        </message>
        <message>
            <source>none (the model's own operating point)</source>
            <translation>nenhum (o ponto de funcionamento próprio do modelo)</translation>
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
            <translation>&lt;p&gt;Com o nó ativo, o equipamento de raios X envia as imagens diretamente para o Pneumoscan: introduza no equipamento, como destino DICOM, o &lt;b&gt;título AE&lt;/b&gt; deste posto de trabalho, o seu &lt;b&gt;endereço IP&lt;/b&gt; e a &lt;b&gt;porta&lt;/b&gt; indicados abaixo. Cada imagem é guardada na pasta de armazenamento e analisada de imediato; aparece no topo da lista de exames, com o respetivo exame.&lt;/p&gt;&lt;p&gt;&lt;b&gt;O que sai deste posto de trabalho:&lt;/b&gt; nada, a menos que &lt;b&gt;Enviar resultados para&lt;/b&gt; indique um destino. Nesse caso, para cada imagem analisada, uma imagem do resultado (com a radiografia, o mapa de calor, o resultado e a pontuação incorporados) e um relatório estruturado são enviados para esse único destino -- marcados como apoio à decisão, não para diagnóstico -- e cada leitura que registe é enviada de novo como relatório verificado, com o seu nome. Nada é enviado para nenhum outro lado.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>DICOM node</source>
            <translation>Nó DICOM</translation>
        </message>
        <message>
            <source>Receive images from the X-ray unit (DICOM node)</source>
            <translation>Receber imagens do equipamento de raios X (nó DICOM)</translation>
        </message>
        <message>
            <source>0.0.0.0: every network connection of this computer (the X-ray unit can reach it); 127.0.0.1: this computer only (for testing)</source>
            <translation>0.0.0.0: todas as interfaces de rede deste computador (o equipamento de raios X consegue alcançá-lo); 127.0.0.1: apenas este computador (para testes)</translation>
        </message>
        <message>
            <source>This computer's address for the X-ray unit: %1</source>
            <translation>Endereço deste computador para o equipamento de raios X: %1</translation>
        </message>
        <message>
            <source>no network address found (is the network cable connected?)</source>
            <translation>nenhum endereço de rede encontrado (o cabo de rede está conectado?)</translation>
        </message>
        <message>
            <source>any sender (or e.g. XRAY1, XRAY2)</source>
            <translation>qualquer remetente (ou, por exemplo, XRAY1, XRAY2)</translation>
        </message>
        <message>
            <source>nothing is sent (or e.g. PACS@192.168.1.20:104)</source>
            <translation>nada é enviado (ou, por exemplo, PACS@192.168.1.20:104)</translation>
        </message>
        <message>
            <source>no folder is watched</source>
            <translation>nenhuma pasta é vigiada</translation>
        </message>
        <message>
            <source>Test the destination</source>
            <translation>Testar o destino</translation>
        </message>
        <message>
            <source>Send a DICOM echo (C-ECHO) to the destination and say whether it answers</source>
            <translation>Enviar um eco DICOM (C-ECHO) ao destino e indicar se responde</translation>
        </message>
        <message>
            <source>AE title</source>
            <translation>Título AE</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Porta</translation>
        </message>
        <message>
            <source>Listen on</source>
            <translation>Escutar em</translation>
        </message>
        <message>
            <source>Only from (AE titles)</source>
            <translation>Apenas de (títulos AE)</translation>
        </message>
        <message>
            <source>Store received images in</source>
            <translation>Guardar as imagens recebidas em</translation>
        </message>
        <message>
            <source>Send results to</source>
            <translation>Enviar resultados para</translation>
        </message>
        <message>
            <source>Also watch this folder</source>
            <translation>Vigiar também esta pasta</translation>
        </message>
        <message>
            <source>Not running: %1</source>
            <translation>Não está em execução: %1</translation>
        </message>
        <message>
            <source>Asking %1…</source>
            <translation>A testar %1…</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>%1 days</source>
            <translation>%1 dias</translation>
        </message>
        <message>
            <source>%1 day</source>
            <translation>%1 dia</translation>
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
            <translation>%1 mês</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>%1 anos</translation>
        </message>
        <message>
            <source>%1 year</source>
            <translation>%1 ano</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Age / sex</source>
            <translation>Idade / sexo</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Data do exame</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Incidência</translation>
        </message>
        <message>
            <source>Laterality</source>
            <translation>Lateralidade</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>N.º de acesso</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Instituição</translation>
        </message>
        <message>
            <source>not in the file</source>
            <translation>não consta do ficheiro</translation>
        </message>
        <message>
            <source> (from the dates)</source>
            <translation> (calculada a partir das datas)</translation>
        </message>
        <message>
            <source>other</source>
            <translation>outro</translation>
        </message>
        <message>
            <source>age not recorded</source>
            <translation>idade não registada</translation>
        </message>
        <message>
            <source>sex not recorded</source>
            <translation>sexo não registado</translation>
        </message>
        <message>
            <source>A %1 file holds no patient name, ID or age:</source>
            <translation>Um ficheiro %1 não contém nome, ID nem idade do doente:</translation>
        </message>
        <message>
            <source>check the file name and folder</source>
            <translation>verifique o nome do ficheiro e a pasta</translation>
        </message>
    </context>
    <context>
        <name>Echo</name>
        <message>
            <source>%1 cannot be reached: %2</source>
            <translation>Não é possível contactar %1: %2</translation>
        </message>
        <message>
            <source>%1 refused the connection: add %2 to its known senders, and check its AE title.</source>
            <translation>%1 recusou a ligação: acrescente %2 aos seus remetentes conhecidos e verifique o seu título AE.</translation>
        </message>
        <message>
            <source>%1 does not answer: check the address and port, and that it is switched on.</source>
            <translation>%1 não responde: verifique o endereço e a porta, e se está ligado.</translation>
        </message>
        <message>
            <source>%1 answers: results can be sent.</source>
            <translation>%1 responde: os resultados podem ser enviados.</translation>
        </message>
        <message>
            <source>%1 answered %2.</source>
            <translation>%1 respondeu %2.</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>Nothing to export</source>
            <translation>Nada a exportar</translation>
        </message>
        <message>
            <source>Open and analyse images first.</source>
            <translation>Abra e analise primeiro as imagens.</translation>
        </message>
        <message>
            <source>Export the results of:</source>
            <translation>Exportar os resultados de:</translation>
        </message>
        <message>
            <source>

%1 image(s) in the list are not analysed yet: they are written with error_code not_analysed and no result. Export again when the analysis has finished.</source>
            <translation>

Imagens da lista ainda não analisadas: %1. São escritas com error_code not_analysed e sem resultado. Exporte de novo quando a análise tiver terminado.</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exportar CSV</translation>
        </message>
        <message>
            <source>Export %1 as CSV</source>
            <translation>Exportar %1 em CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Ficheiros CSV (*.csv)</translation>
        </message>
        <message>
            <source>The CSV</source>
            <translation>O CSV</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>Nenhum modelo</translation>
        </message>
        <message>
            <source>Results can be exported once the model is loaded.</source>
            <translation>Os resultados podem ser exportados depois de o modelo estar carregado.</translation>
        </message>
        <message>
            <source>CSV export</source>
            <translation>a exportação CSV</translation>
        </message>
        <message>
            <source>No analysed images to export heatmaps for.</source>
            <translation>Não há imagens analisadas cujos mapas de calor se possam exportar.</translation>
        </message>
        <message>
            <source>Export heatmap overlays</source>
            <translation>Exportar os mapas de calor sobrepostos</translation>
        </message>
        <message>
            <source>Export the heatmap overlays of:</source>
            <translation>Exportar os mapas de calor sobrepostos de:</translation>
        </message>
        <message>
            <source>Folder for the heatmap overlays of %1</source>
            <translation>Pasta para os mapas de calor sobrepostos de %1</translation>
        </message>
        <message>
            <source>The heatmap folder</source>
            <translation>A pasta dos mapas de calor</translation>
        </message>
        <message>
            <source>heatmap export</source>
            <translation>a exportação dos mapas de calor</translation>
        </message>
        <message>
            <source>Exported %1 to %2</source>
            <translation>Exportado para %2: %1</translation>
        </message>
        <message>
            <source>Exported %1 (%2) to %3</source>
            <translation>Exportado para %3: %1 (%2)</translation>
        </message>
        <message>
            <source> — %1 of them not analysed yet</source>
            <translation> — %1 ainda sem análise</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message>
            <source>This is a %1 image, not a plain chest X-ray.</source>
            <translation>Esta é uma imagem de %1, não uma radiografia simples do tórax.</translation>
        </message>
        <message>
            <source>Modality %1; the model reads %2 radiographs only.</source>
            <translation>Modalidade %1; o modelo lê apenas radiografias %2.</translation>
        </message>
        <message>
            <source>The file says the body part is %1, not the chest.</source>
            <translation>O ficheiro indica que a região anatómica é %1, e não o tórax.</translation>
        </message>
        <message>
            <source>BodyPartExamined %1; the model reads chest X-rays only.</source>
            <translation>BodyPartExamined %1; o modelo lê apenas radiografias do tórax.</translation>
        </message>
        <message>
            <source>This is a lateral view; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>Esta é uma incidência de perfil; o modelo lê apenas radiografias do tórax frontais (AP/PA).</translation>
        </message>
        <message>
            <source>The view is %1; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>A incidência é %1; o modelo lê apenas radiografias do tórax frontais (AP/PA).</translation>
        </message>
        <message>
            <source>ViewPosition %1.</source>
            <translation>ViewPosition %1.</translation>
        </message>
        <message>
            <source>The file says this is a lateral view; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>O ficheiro indica que esta é uma incidência de perfil; o modelo lê apenas radiografias do tórax frontais (AP/PA).</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>The stated age (%1) is over %2 years.</source>
            <translation>A idade indicada (%1) é superior a %2 anos.</translation>
        </message>
        <message>
            <source>The patient's age in the file cannot be right, so it cannot be checked.</source>
            <translation>A idade do doente indicada no ficheiro não pode estar correta, pelo que não pode ser verificada.</translation>
        </message>
        <message>
            <source>%1 The model is meant for patients aged %2-%3.</source>
            <translation>%1 O modelo destina-se a doentes com idades entre %2 e %3 anos.</translation>
        </message>
        <message>
            <source>The patient's age in the file cannot be read, so it cannot be checked.</source>
            <translation>A idade do doente indicada no ficheiro não pode ser lida, pelo que não pode ser verificada.</translation>
        </message>
        <message>
            <source>PatientAge %1; the model is meant for patients aged %2-%3. Correct the age in the source system.</source>
            <translation>PatientAge %1; o modelo destina-se a doentes com idades entre %2 e %3 anos. Corrija a idade no sistema de origem.</translation>
        </message>
        <message>
            <source>The patient is %1; the model is meant for children aged %2-%3.</source>
            <translation>O doente tem %1; o modelo destina-se a crianças com idades entre %2 e %3 anos.</translation>
        </message>
        <message>
            <source>PatientAge %1; trained on children aged %2-%3.</source>
            <translation>PatientAge %1; modelo treinado em crianças de %2 a %3 anos.</translation>
        </message>
        <message>
            <source>%1 month old</source>
            <translation>%1 mês</translation>
        </message>
        <message>
            <source>%1 months old</source>
            <translation>%1 meses</translation>
        </message>
        <message>
            <source>%1 years old</source>
            <translation>%1 anos</translation>
        </message>
        <message>
            <source>The image does not look like the children's chest X-rays the model was trained on.</source>
            <translation>A imagem não se assemelha às radiografias do tórax de crianças com que o modelo foi treinado.</translation>
        </message>
        <message>
            <source>Out-of-distribution score %1, cut-off %2. It may be a lateral view, an adult's or another body part's radiograph, another kind of image, a photograph or a document.</source>
            <translation>Pontuação de fora da distribuição %1, valor de corte %2. Pode tratar-se de uma incidência de perfil, de uma radiografia de um adulto ou de outra região anatómica, de outro tipo de imagem, de uma fotografia ou de um documento.</translation>
        </message>
        <message>
            <source>It looks like an adult's radiograph; the model reads children's chest X-rays.</source>
            <translation>Parece uma radiografia de um adulto; o modelo lê radiografias do tórax de crianças.</translation>
        </message>
        <message>
            <source>Adult-appearance score %1, cut-off %2.</source>
            <translation>Pontuação de aspeto adulto %1, valor de corte %2.</translation>
        </message>
        <message>
            <source>The file states no age. If the patient is a child, the age check can be relaxed in Settings for images with no recorded age, up to a stated age (recorded with the result).</source>
            <translation>O ficheiro não indica nenhuma idade. Se o doente for uma criança, a verificação da idade pode ser flexibilizada nas Definições para as imagens sem idade registada, até uma idade indicada (registada com o resultado).</translation>
        </message>
        <message>
            <source>The file says the patient is %1: check that the image belongs to this patient.</source>
            <translation>O ficheiro indica que o doente tem %1: verifique se a imagem pertence a este doente.</translation>
        </message>
        <message>
            <source>age: images with no recorded age assessed as children up to %1 years (adult-appearance check skipped for them)</source>
            <translation>idade: imagens sem idade registada avaliadas como crianças até %1 anos (verificação de aspeto adulto omitida para elas)</translation>
        </message>
        <message>
            <source>%1 check relaxed</source>
            <translation>verificação %1 flexibilizada</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Right-drag</source>
            <translation>Arrastar com o botão direito</translation>
        </message>
        <message>
            <source>Window / level</source>
            <translation>Janela / nível</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>Roda</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Left-drag</source>
            <translation>Arrastar com o botão esquerdo</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Deslocar a imagem</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Shift+Tab</translation>
        </message>
        <message>
            <source>Move between the list, the filter and the note</source>
            <translation>Passar entre a lista, o filtro e a nota</translation>
        </message>
        <message>
            <source>Typing in the study list</source>
            <translation>Escrever na lista de exames</translation>
        </message>
        <message>
            <source>Does nothing: no letter moves the selection or records a reading</source>
            <translation>Não faz nada: nenhuma letra move a seleção nem regista uma leitura</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Keyboard and mouse&lt;/h3&gt;&lt;p&gt;Every shortcut that acts has a modifier (Ctrl, Alt) or is a function, arrow or Esc key: ordinary typing never records a reading or moves the selection.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Teclado e rato&lt;/h3&gt;&lt;p&gt;Todos os atalhos que executam uma ação têm uma tecla modificadora (Ctrl, Alt) ou são uma tecla de função, uma tecla de seta ou Esc: a escrita normal nunca regista uma leitura nem move a seleção.&lt;/p&gt;</translation>
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
&lt;h3&gt;Utilização prevista&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;O Pneumoscan é um apoio à decisão, não um diagnóstico.&lt;/b&gt; Destina-se a ajudar os profissionais de saúde a ler
&lt;b&gt;radiografias do tórax frontais (AP/PA) de crianças&lt;/b&gt;. Para cada imagem mostra uma pontuação de pneumonia (0–100, a
saída do modelo calibrada nas suas imagens de validação), o resultado que decorre do limiar de decisão
— ou «Indeterminado — leia com atenção» quando a pontuação está perto dele — e um mapa de calor
das regiões que determinaram a pontuação.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;O profissional de saúde lê a imagem e toma a decisão. Nunca aja apenas com base no resultado do Pneumoscan.&lt;/li&gt;
&lt;li&gt;Procura apenas um padrão de pneumonia. Um resultado NORMAL significa: %1&lt;/li&gt;
&lt;li&gt;O modelo foi treinado com doentes pediátricos de 1 a 5 anos de um único hospital. Os resultados em
incidências de perfil, adultos, outras regiões anatómicas, TC/RM ou fotografias não têm significado.&lt;/li&gt;
&lt;li&gt;O mapa de calor mostra o que influenciou a pontuação; não delimita a doença.&lt;/li&gt;
&lt;li&gt;Ocorrem pneumonias não detetadas (falsos NORMAL) e falsos alarmes; veja Ajuda › Ficha do modelo para
a sensibilidade e a especificidade medidas.&lt;/li&gt;
&lt;/ul&gt;
</translation>
        </message>
        <message>
            <source>Pneumoscan — intended use</source>
            <translation>Pneumoscan — utilização prevista</translation>
        </message>
        <message>
            <source>I understand that Pneumoscan supports, and does not replace, clinical judgement.</source>
            <translation>Compreendo que o Pneumoscan apoia o juízo clínico e não o substitui.</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Pneumoscan cannot start safely</source>
            <translation>O Pneumoscan não pode ser iniciado em segurança</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Erro inesperado</translation>
        </message>
        <message>
            <source>The details are in the log folder (Help › Open log folder).</source>
            <translation>Os detalhes estão na pasta de registos (Ajuda › Abrir a pasta de registos).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Studies</source>
            <translation>Exames</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Loading model…</source>
            <translation>A carregar o modelo…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Reader: not chosen</source>
            <translation>Leitor: não escolhido</translation>
        </message>
        <message>
            <source>Who is reading: your name goes with every reading you record (Ctrl+Shift+L)</source>
            <translation>Quem lê: o seu nome acompanha cada leitura que regista (Ctrl+Shift+L)</translation>
        </message>
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
            <source>The study on screen by default; or the selected rows, the rows the filter shows, everything</source>
            <translation>Por omissão, o exame apresentado; ou as linhas selecionadas, as linhas mostradas pelo filtro, tudo</translation>
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
            <source>Cancel the running analysis (asks first)</source>
            <translation>Cancelar a análise em curso (pede confirmação)</translation>
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
            <source>Every image in the node's store folder, with its result</source>
            <translation>Todas as imagens da pasta de armazenamento do nó, com o seu resultado</translation>
        </message>
        <message>
            <source>DICOM node…</source>
            <translation>Nó DICOM…</translation>
        </message>
        <message>
            <source>Receive images from the X-ray unit, watch a folder, send results to the PACS</source>
            <translation>Receber imagens do equipamento de raios X, vigiar uma pasta, enviar resultados para o PACS</translation>
        </message>
        <message>
            <source>My reading: NORMAL</source>
            <translation>A minha leitura: NORMAL</translation>
        </message>
        <message>
            <source>Record your own reading of the image on screen: NORMAL (saved at once)</source>
            <translation>Registar a sua própria leitura da imagem apresentada: NORMAL (guardada de imediato)</translation>
        </message>
        <message>
            <source>My reading: PNEUMONIA</source>
            <translation>A minha leitura: PNEUMONIA</translation>
        </message>
        <message>
            <source>Record your own reading of the image on screen: PNEUMONIA (saved at once)</source>
            <translation>Registar a sua própria leitura da imagem apresentada: PNEUMONIA (guardada de imediato)</translation>
        </message>
        <message>
            <source>My reading: unsure</source>
            <translation>A minha leitura: não tenho certeza</translation>
        </message>
        <message>
            <source>Record that you are unsure about the image on screen (saved at once)</source>
            <translation>Registar que não tem certeza sobre a imagem apresentada (guardado de imediato)</translation>
        </message>
        <message>
            <source>Undo my last act on this image's reading</source>
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
            <source>A PDF of the image on screen, the selected rows, the rows the filter shows or everything</source>
            <translation>Um PDF da imagem apresentada, das linhas selecionadas, das linhas mostradas pelo filtro ou de tudo</translation>
        </message>
        <message>
            <source>Calibrate to this clinic…</source>
            <translation>Calibrar para este local…</translation>
        </message>
        <message>
            <source>Refit the operating point on the images clinicians read (NORMAL / PNEUMONIA)</source>
            <translation>Reajustar o ponto de funcionamento às imagens lidas pelos profissionais de saúde (NORMAL / PNEUMONIA)</translation>
        </message>
        <message>
            <source>Use the model's own operating point</source>
            <translation>Usar o ponto de funcionamento próprio do modelo</translation>
        </message>
        <message>
            <source>Stop using the site profile</source>
            <translation>Deixar de usar o perfil do local</translation>
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
            <source>Keep each study's images together, a line between studies</source>
            <translation>Manter juntas as imagens de cada exame, com uma linha entre exames</translation>
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
            <source>Show or hide the patient, study and file in the image's corners</source>
            <translation>Mostrar ou ocultar o doente, o exame e o ficheiro nos cantos da imagem</translation>
        </message>
        <message>
            <source>Reset layout</source>
            <translation>Repor a disposição</translation>
        </message>
        <message>
            <source>Show the study list and result panels in their original places and sizes</source>
            <translation>Mostrar a lista de exames e os painéis de resultados nas posições e dimensões originais</translation>
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
        <message>
            <source>Typing in the study list does nothing. To write a note on this image press Alt+N; to record your reading use the buttons or Ctrl+Shift+N / P / U.</source>
            <translation>Escrever na lista de estudos não faz nada. Para escrever uma nota sobre esta imagem prima Alt+N; para registar a sua leitura use os botões ou Ctrl+Shift+N / P / U.</translation>
        </message>
        <message>
            <source>Cancel the analysis?</source>
            <translation>Cancelar a análise?</translation>
        </message>
        <message>
            <source>%1 of %2 images are analysed. Cancel the rest?

Finished results are kept; unfinished images stay “not analysed”.</source>
            <translation>%1 de %2 imagens estão analisadas. Cancelar as restantes?

Os resultados concluídos são mantidos; as imagens por concluir ficam «não analisadas».</translation>
        </message>
        <message>
            <source>Open chest X-rays</source>
            <translation>Abrir radiografias do tórax</translation>
        </message>
        <message>
            <source>Images (*.dcm *.dicom *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
            <translation>Imagens (*.dcm *.dicom *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>Open a study folder</source>
            <translation>Abrir uma pasta de exame</translation>
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
            <translation>&lt;h3&gt;Nenhum modelo instalado&lt;/h3&gt;&lt;p&gt;As imagens podem ser abertas e visualizadas, mas não analisadas.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>- Architecture: %1; input %2x%3 px</source>
            <translation>- Arquitetura: %1; entrada %2x%3 px</translation>
        </message>
        <message>
            <source>- Bundle identity: `%1`</source>
            <translation>- Identidade do pacote: `%1`</translation>
        </message>
        <message>
            <source>- Decision threshold: score %1 of 100 (%2)</source>
            <translation>- Limiar de decisão: pontuação %1 em 100 (%2)</translation>
        </message>
        <message>
            <source>- Indeterminate band: scores %1-%2</source>
            <translation>- Faixa de indeterminação: pontuações %1-%2</translation>
        </message>
        <message>
            <source> (%1 of validation images)</source>
            <translation> (%1 das imagens de validação)</translation>
        </message>
        <message>
            <source>- Measured on %1: sensitivity %2, specificity %3</source>
            <translation>- Medidas em %1: sensibilidade %2, especificidade %3</translation>
        </message>
        <message>
            <source>_This bundle has no MODEL_CARD.md._</source>
            <translation>_Este pacote não tem MODEL_CARD.md._</translation>
        </message>
        <message>
            <source>Third-party software and data</source>
            <translation>Software e dados de terceiros</translation>
        </message>
    </context>
    <context>
        <name>NodeController</name>
        <message>
            <source>Another program on this computer already uses port %1. Choose another port (for example %2) in Analyse ▸ DICOM node… and enter the same port on the X-ray unit, or stop the other program.</source>
            <translation>Outro programa neste computador já usa a porta %1. Escolha outra porta (por exemplo %2) em Análise ▸ Nó DICOM… e introduza a mesma porta no equipamento de raios X, ou termine o outro programa.</translation>
        </message>
        <message>
            <source>This account may not listen on port %1 (ports below 1024 need an administrator). Choose a port above 1024, such as 11112.</source>
            <translation>Esta conta não tem permissão para escutar na porta %1 (as portas abaixo de 1024 exigem um administrador). Escolha uma porta acima de 1024, como 11112.</translation>
        </message>
        <message>
            <source>%1 is not an address of this computer. Choose 0.0.0.0 (every network connection).</source>
            <translation>%1 não é um endereço deste computador. Escolha 0.0.0.0 (todas as interfaces de rede).</translation>
        </message>
        <message>
            <source>Cannot listen on %1: %2.</source>
            <translation>Não é possível escutar em %1: %2.</translation>
        </message>
        <message>
            <source>DICOM node: off</source>
            <translation>Nó DICOM: desativado</translation>
        </message>
        <message>
            <source>Analyse ▸ DICOM node…</source>
            <translation>Análise ▸ Nó DICOM…</translation>
        </message>
        <message>
            <source>The DICOM node is not running</source>
            <translation>O nó DICOM não está em execução</translation>
        </message>
        <message>
            <source>Change it in Analyse ▸ DICOM node…</source>
            <translation>Altere-o em Análise ▸ Nó DICOM…</translation>
        </message>
        <message>
            <source>DICOM node: not running — see Analyse ▸ DICOM node</source>
            <translation>Nó DICOM: não está em execução — veja Análise ▸ Nó DICOM</translation>
        </message>
        <message>
            <source>receiving as %1 on port %2</source>
            <translation>a receber como %1 na porta %2</translation>
        </message>
        <message>
            <source>watching</source>
            <translation>a vigiar uma pasta</translation>
        </message>
        <message>
            <source>DICOM node: %1 · %2 analysed</source>
            <translation>Nó DICOM: %1 · %2 analisadas</translation>
        </message>
        <message>
            <source> · %1 new</source>
            <translation> · %1 novas</translation>
        </message>
        <message>
            <source> · %1 waiting</source>
            <translation> · %1 em espera</translation>
        </message>
        <message>
            <source> · %1 refused</source>
            <translation> · %1 recusadas</translation>
        </message>
        <message>
            <source> · %1 result(s) waiting for %2</source>
            <translation> · %1 resultado(s) à espera de %2</translation>
        </message>
        <message>
            <source> (not answering)</source>
            <translation> (sem resposta)</translation>
        </message>
        <message>
            <source>%1
store: %2</source>
            <translation>%1
armazenamento: %2</translation>
        </message>
        <message>
            <source>New from the X-ray unit: %1 — %2</source>
            <translation>Nova imagem do equipamento de raios X: %1 — %2</translation>
        </message>
        <message>
            <source>New from the watch folder: %1 — %2</source>
            <translation>Nova imagem da pasta vigiada: %1 — %2</translation>
        </message>
        <message>
            <source>New from the store: %1 — %2</source>
            <translation>Nova imagem do armazenamento: %1 — %2</translation>
        </message>
        <message>
            <source>DICOM node refused %1 from %2: %3</source>
            <translation>O nó DICOM recusou %1 de %2: %3</translation>
        </message>
        <message>
            <source>a sender</source>
            <translation>um remetente</translation>
        </message>
        <message>
            <source>DICOM node: %1</source>
            <translation>Nó DICOM: %1</translation>
        </message>
        <message>
            <source>Sending your reading to %1 as a new version of this image's report.</source>
            <translation>A enviar a sua leitura para %1 como nova versão do relatório desta imagem.</translation>
        </message>
        <message>
            <source>Sending the withdrawal of the reading to %1 as a new version of this image's report.</source>
            <translation>A enviar a retirada da leitura para %1 como nova versão do relatório desta imagem.</translation>
        </message>
        <message>
            <source>Saved. The DICOM node is not sending results now: this reading goes to the PACS when the node runs with a destination.</source>
            <translation>Guardada. O nó DICOM não está a enviar resultados neste momento: esta leitura será enviada para o PACS quando o nó estiver em execução com um destino.</translation>
        </message>
        <message>
            <source>DICOM node: sending %1 reading(s) recorded while it was not sending.</source>
            <translation>Nó DICOM: a enviar %1 leitura(s) registada(s) enquanto não estava a enviar.</translation>
        </message>
    </context>
    <context>
        <name>Product</name>
        <message>
            <source>The Pneumoscan project (open-source development build, not placed on the market)</source>
            <translation>O projeto Pneumoscan (versão de desenvolvimento de código aberto, não colocada no mercado)</translation>
        </message>
        <message>
            <source>Your first contact is the organisation that installed Pneumoscan at your site (its IT or clinical engineering team). Software defects and safety concerns: the Pneumoscan project's issue tracker.</source>
            <translation>O seu primeiro contacto é a organização que instalou o Pneumoscan no seu local (a sua equipa de informática ou de engenharia clínica). Defeitos do software e questões de segurança: o sistema de registo de problemas do projeto Pneumoscan.</translation>
        </message>
        <message>
            <source>Regulatory status: Pneumoscan has not been cleared, approved or CE-marked as a medical device by any regulator. It is decision support for trained clinicians, for use under local clinical governance: it must not be the sole basis of a diagnosis or a treatment decision.</source>
            <translation>Situação regulamentar: o Pneumoscan não foi autorizado, aprovado nem marcado CE como dispositivo médico por nenhuma autoridade. É um apoio à decisão para profissionais de saúde com formação, a usar sob a governação clínica local: nunca deve ser a única base de um diagnóstico ou de uma decisão de tratamento.</translation>
        </message>
        <message>
            <source>In plain words: this is not an approved medical device. It can be wrong. A clinician reads every image and makes every decision; Pneumoscan's label is a second opinion only.</source>
            <translation>Em termos simples: não é um dispositivo médico aprovado. Pode errar. Um profissional de saúde lê cada imagem e toma cada decisão; a etiqueta do Pneumoscan é apenas uma segunda opinião.</translation>
        </message>
        <message>
            <source>A normal child can be called PNEUMONIA, more often at a new site or in a later period than on the training images.</source>
            <translation>Uma criança normal pode ser classificada como PNEUMONIA, com mais frequência num novo local ou num período posterior do que nas imagens de treino.</translation>
        </message>
        <message>
            <source>A child with pneumonia can be called NORMAL.</source>
            <translation>Uma criança com pneumonia pode ser classificada como NORMAL.</translation>
        </message>
        <message>
            <source>Only a pneumonia pattern is assessed: NORMAL does not rule out other findings.</source>
            <translation>Só é avaliado um padrão de pneumonia: NORMAL não exclui outros achados.</translation>
        </message>
        <message>
            <source>The heatmap shows what moved the score, not where disease is; a cold region does not clear a lung.</source>
            <translation>O mapa de calor mostra o que fez variar a pontuação, não onde está a doença; uma zona fria não significa que um pulmão está saudável.</translation>
        </message>
        <message>
            <source>The shipped model was trained without pretrained weights on one centre's children aged 1-5: elsewhere its accuracy is unknown until checked locally.</source>
            <translation>O modelo fornecido foi treinado sem pesos pré-treinados, com crianças de 1 a 5 anos de um único centro: noutros locais a sua exatidão é desconhecida até ser verificada localmente.</translation>
        </message>
        <message>
            <source>The input checks can miss an image outside the model's scope, most likely an adult's radiograph without DICOM tags, and do not look for one when the age check is relaxed.</source>
            <translation>As verificações da imagem podem deixar passar uma imagem fora do âmbito do modelo, muito provavelmente uma radiografia de adulto sem etiquetas DICOM, e não a procuram quando a verificação da idade está flexibilizada.</translation>
        </message>
        <message>
            <source>The DICOM node neither encrypts nor authenticates: run it only on a network the clinic trusts.</source>
            <translation>O nó DICOM não cifra nem autentica: utilize-o apenas numa rede de confiança da instituição.</translation>
        </message>
        <message>
            <source>The translations have not yet been reviewed by native-speaking clinicians.</source>
            <translation>As traduções ainda não foram revistas por profissionais de saúde nativos.</translation>
        </message>
        <message>
            <source>Pneumoscan can be wrong: its label is a second opinion, never a diagnosis.</source>
            <translation>O Pneumoscan pode errar: a sua etiqueta é uma segunda opinião, nunca um diagnóstico.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Procurar em:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Ficheiros do &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Não</translation>
        </message>
    </context>
    <context>
        <name>ReaderDialog</name>
        <message>
            <source>Who is reading?</source>
            <translation>Quem está a ler?</translation>
        </message>
        <message>
            <source>Your name goes with every reading you record: in the reading database, the CSV, the report and the audit log. Choose it once per session.</source>
            <translation>O seu nome acompanha cada leitura que regista: na base de dados de leituras, no CSV, no relatório e no registo de auditoria. Escolha-o uma vez por sessão.</translation>
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
            <translation>Sou</translation>
        </message>
        <message>
            <source>Or add a reader</source>
            <translation>Ou adicione um leitor</translation>
        </message>
        <message>
            <source>e.g. Dr A. Mensah</source>
            <translation>por exemplo, Dr. A. Mensah</translation>
        </message>
        <message>
            <source>optional, 4-12 digits</source>
            <translation>opcional, 4 a 12 dígitos</translation>
        </message>
        <message>
            <source>the PIN again</source>
            <translation>o PIN novamente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Repeat PIN</source>
            <translation>Repetir o PIN</translation>
        </message>
        <message>
            <source>Read as this reader</source>
            <translation>Ler como este leitor</translation>
        </message>
        <message>
            <source>%1 is already on the list: choose it above.</source>
            <translation>%1 já está na lista: escolha-o acima.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Os dois PIN são diferentes.</translation>
        </message>
        <message>
            <source>Choose your name, or add it.</source>
            <translation>Escolha o seu nome ou adicione-o.</translation>
        </message>
        <message>
            <source>That PIN is not this reader's.</source>
            <translation>Esse PIN não é o deste leitor.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Decision support for reading frontal chest radiographs of children (trained on ages 1-5). Not a diagnosis: the clinician reads the image and decides. Not for lateral views, adults, other body parts, CT/MR or photographs.</source>
            <translation>Apoio à decisão na leitura de radiografias do tórax frontais de crianças (treinado com idades de 1 a 5 anos). Não é um diagnóstico: o profissional de saúde lê a imagem e decide. Não se destina a incidências de perfil, adultos, outras regiões anatómicas, TC/RM nem fotografias.</translation>
        </message>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
        <message>
            <source>PNEUMONIA</source>
            <translation>PNEUMONIA</translation>
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
            <translation>não avaliado</translation>
        </message>
        <message>
            <source>could not be read</source>
            <translation>não foi possível ler</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>limiar %1</translation>
        </message>
        <message>
            <source>not in the file</source>
            <translation>não consta do ficheiro</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Doente</translation>
        </message>
        <message>
            <source>name not in the file</source>
            <translation>nome não consta do ficheiro</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>ID do doente</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Data do exame</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>N.º de acesso</translation>
        </message>
        <message>
            <source>Pneumoscan %1 - decision support only; the clinician reads the image and decides.</source>
            <translation>Pneumoscan %1 - apenas apoio à decisão; o profissional de saúde lê a imagem e decide.</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation>Impresso em %1</translation>
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
            <translation>perfil do local %1</translation>
        </message>
        <message>
            <source>the model's own</source>
            <translation>o próprio do modelo</translation>
        </message>
        <message>
            <source>Model: %1 %2; bundle identity %3</source>
            <translation>Modelo: %1 %2; identidade do pacote %3</translation>
        </message>
        <message>
            <source>Operating point: %1; threshold %2 on the 0-100 score</source>
            <translation>Ponto de funcionamento: %1; limiar %2 na pontuação de 0-100</translation>
        </message>
        <message>
            <source>; indeterminate band %1-%2</source>
            <translation>; faixa de indeterminação %1-%2</translation>
        </message>
        <message>
            <source>Sensitivity %1, specificity %2, measured on %3.</source>
            <translation>Sensibilidade %1, especificidade %2, medidas em %3.</translation>
        </message>
        <message>
            <source>Clinic prevalence for PPV / NPV: %1</source>
            <translation>Prevalência do local para VPP / VPN: %1</translation>
        </message>
        <message>
            <source>Clinic prevalence for PPV / NPV: not set (Settings)</source>
            <translation>Prevalência do local para VPP / VPN: não definida (Definições)</translation>
        </message>
        <message>
            <source>Clinician's reading: none recorded</source>
            <translation>Leitura do profissional de saúde: nenhuma registada</translation>
        </message>
        <message>
            <source>Clinician's reading %1 by %2 (%3) was made on an earlier result (%4); it must be read again on this result.</source>
            <translation>A leitura %1 do profissional de saúde %2 (%3) foi feita sobre um resultado anterior (%4); a imagem tem de ser lida de novo com este resultado.</translation>
        </message>
        <message>
            <source>Clinician's reading: %1 (%2) by %3, %4</source>
            <translation>Leitura do profissional de saúde: %1 (%2) por %3, %4</translation>
        </message>
        <message>
            <source>[%1 more characters: the whole note is in the CSV and the reading database]</source>
            <translation>[mais %1 caracteres: a nota completa está no CSV e na base de dados de leituras]</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
        <message>
            <source>A plain image file: no patient name, ID or age is recorded in it - check the file name and folder.</source>
            <translation>Ficheiro de imagem simples: não tem registado nome, ID nem idade do doente - verifique o nome do ficheiro e a pasta.</translation>
        </message>
        <message>
            <source>THE FILE HAS CHANGED SINCE IT WAS ANALYSED: its contents are not the image this result belongs to, so no image is printed. Analyse it again before relying on this page.</source>
            <translation>O FICHEIRO FOI ALTERADO DESDE QUE FOI ANALISADO: o seu conteúdo não é a imagem a que este resultado pertence, pelo que nenhuma imagem é impressa. Analise-o de novo antes de confiar nesta página.</translation>
        </message>
        <message>
            <source>Radiograph</source>
            <translation>Radiografia</translation>
        </message>
        <message>
            <source>Heatmap: where the score came from (not an outline of disease)</source>
            <translation>Mapa de calor: de onde veio a pontuação (não é um contorno da doença)</translation>
        </message>
        <message>
            <source>The image could not be read.</source>
            <translation>Não foi possível ler a imagem.</translation>
        </message>
        <message>
            <source>RELAXED input check (settings): %1</source>
            <translation>Verificação da imagem FLEXIBILIZADA (definições): %1</translation>
        </message>
        <message>
            <source>Images: %1. Results: %2</source>
            <translation>Imagens: %1. Resultados: %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>Read by a clinician: %1 (%2)</source>
            <translation>Lidas por um profissional de saúde: %1 (%2)</translation>
        </message>
        <message>
            <source> by %1</source>
            <translation> por %1</translation>
        </message>
        <message>
            <source>; %1 reading(s) made on an earlier result</source>
            <translation>; %1 leitura(s) feita(s) sobre um resultado anterior</translation>
        </message>
        <message>
            <source>Pneumoscan - report</source>
            <translation>Pneumoscan - relatório</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>Utilização prevista</translation>
        </message>
    </context>
    <context>
        <name>ReportScopeDialog</name>
        <message>
            <source>Print report</source>
            <translation>Imprimir o relatório</translation>
        </message>
        <message>
            <source>Print a PDF report of:</source>
            <translation>Imprimir um relatório PDF de:</translation>
        </message>
    </context>
    <context>
        <name>Scope</name>
        <message>
            <source>The folder on screen (%1: plain images name no patient)</source>
            <translation>A pasta apresentada (%1: as imagens simples não identificam nenhum doente)</translation>
        </message>
        <message>
            <source>The study on screen (%1)</source>
            <translation>O exame apresentado (%1)</translation>
        </message>
        <message>
            <source>The study on screen</source>
            <translation>O exame apresentado</translation>
        </message>
        <message>
            <source>The image on screen (%1)</source>
            <translation>A imagem apresentada (%1)</translation>
        </message>
        <message>
            <source>The image on screen</source>
            <translation>A imagem apresentada</translation>
        </message>
        <message>
            <source>The selected rows</source>
            <translation>As linhas selecionadas</translation>
        </message>
        <message>
            <source>The rows the filter shows</source>
            <translation>As linhas mostradas pelo filtro</translation>
        </message>
        <message>
            <source>Everything in the list</source>
            <translation>Tudo o que está na lista</translation>
        </message>
        <message>
            <source>Choose another name</source>
            <translation>Escolha outro nome</translation>
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
            <translation>Escolher onde guardar…</translation>
        </message>
    </context>
    <context>
        <name>ScoreBarWidget</name>
        <message>
            <source>Pneumonia score 0-100: the model's output, calibrated on its validation images. It ranks images against the threshold; it is not the chance that this child has pneumonia. Dashed line: the decision threshold. Shaded: the indeterminate band, where the model's errors are frequent.</source>
            <translation>Pontuação de pneumonia 0-100: a saída do modelo, calibrada nas suas imagens de validação. Ordena as imagens em relação ao limiar; não é a probabilidade de esta criança ter pneumonia. Linha tracejada: o limiar de decisão. Sombreado: a faixa de indeterminação, onde os erros do modelo são frequentes.</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>limiar %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <source>auto (64 on a GPU, 8 on the CPU)</source>
            <translation>auto (64 numa GPU, 8 na CPU)</translation>
        </message>
        <message>
            <source>auto: int8 where the model passed its int8 check</source>
            <translation>auto: int8 se o modelo passou na sua verificação int8</translation>
        </message>
        <message>
            <source>fp32 (full precision)</source>
            <translation>fp32 (precisão total)</translation>
        </message>
        <message>
            <source>int8 (faster)</source>
            <translation>int8 (mais rápido)</translation>
        </message>
        <message>
            <source>Arithmetic on the CPU. The model card gives the int8 graph's agreement with fp32 on validation images. GPUs always run float16.</source>
            <translation>Aritmética na CPU. A ficha do modelo indica a concordância do grafo int8 com fp32 nas imagens de validação. As GPU usam sempre float16.</translation>
        </message>
        <message>
            <source>Analyse automatically when images are opened</source>
            <translation>Analisar automaticamente as imagens ao abri-las</translation>
        </message>
        <message>
            <source>System (%1)</source>
            <translation>Sistema (%1)</translation>
        </message>
        <message>
            <source>The language of Pneumoscan's windows and reports; applies when Pneumoscan next starts. The CSV, the audit log and DICOM objects stay in English.</source>
            <translation>O idioma das janelas e dos relatórios do Pneumoscan; aplica-se no próximo arranque. O CSV, o registo de auditoria e os objetos DICOM ficam em inglês.</translation>
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
            <translation>Tamanho do lote</translation>
        </message>
        <message>
            <source>CPU precision</source>
            <translation>Precisão na CPU</translation>
        </message>
        <message>
            <source>Show heatmaps on NORMAL results too (default: only PNEUMONIA and indeterminate)</source>
            <translation>Mostrar também o mapa de calor dos resultados NORMAL (por omissão: apenas PNEUMONIA e indeterminado)</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>não definida</translation>
        </message>
        <message>
            <source>Share of the children you X-ray who have pneumonia. PPV and NPV (how often a call is right) are computed for it; until it is set, the result panel says so.</source>
            <translation>Proporção das crianças radiografadas que têm pneumonia. O VPP e o VPN (com que frequência um resultado está certo) são calculados para ela; enquanto não estiver definida, o painel do resultado indica-o.</translation>
        </message>
        <message>
            <source>Pneumonia prevalence at your clinic</source>
            <translation>Prevalência de pneumonia no seu local</translation>
        </message>
        <message>
            <source>none: the model's own operating point</source>
            <translation>nenhum: o ponto de funcionamento próprio do modelo</translation>
        </message>
        <message>
            <source>A site profile (pneumoscan-calibrate, or Analyse &gt; Calibrate to this clinic) sets the threshold and calibration fitted on your clinic's images</source>
            <translation>Um perfil do local (pneumoscan-calibrate, ou Análise &gt; Calibrar para este local) define o limiar e a calibração ajustados às imagens do seu local</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <source>Site profile</source>
            <translation>Perfil do local</translation>
        </message>
        <message>
            <source>  (PIN)</source>
            <translation>  (PIN)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Take the selected reader off this workstation's list (their readings stay theirs)</source>
            <translation>Retirar o leitor selecionado da lista deste posto (as suas leituras continuam a ser suas)</translation>
        </message>
        <message>
            <source>Readers</source>
            <translation>Leitores</translation>
        </message>
        <message>
            <source>Readers add themselves when they first record a reading (status bar: Reader).</source>
            <translation>Os leitores adicionam-se ao registar a primeira leitura (barra de estado: Leitor).</translation>
        </message>
        <message>
            <source>Device changes take effect when the model reloads (now).</source>
            <translation>Uma mudança de dispositivo aplica-se quando o modelo é recarregado (agora).</translation>
        </message>
        <message>
            <source>Assess even when the modality is not CR/DX</source>
            <translation>Avaliar mesmo que a modalidade não seja CR/DX</translation>
        </message>
        <message>
            <source>Assess even when the body part is not the chest</source>
            <translation>Avaliar mesmo que a região anatómica não seja o tórax</translation>
        </message>
        <message>
            <source>Assess even when the view is not frontal (AP/PA)</source>
            <translation>Avaliar mesmo que a incidência não seja frontal (AP/PA)</translation>
        </message>
        <message>
            <source>Assess images with no recorded age as children up to</source>
            <translation>Avaliar as imagens sem idade registada como crianças até</translation>
        </message>
        <message>
            <source> years</source>
            <translation> anos</translation>
        </message>
        <message>
            <source>Only images whose file records no age at all: the adult-appearance check is skipped for them. An age outside the model's population, or one that is recorded but cannot be read, is never assessed.</source>
            <translation>Apenas as imagens cujo ficheiro não regista nenhuma idade: para elas não se faz a verificação de aspeto adulto. Uma idade fora da população do modelo, ou uma registada mas ilegível, nunca é avaliada.</translation>
        </message>
        <message>
            <source>Relax input check</source>
            <translation>Flexibilizar uma verificação da imagem</translation>
        </message>
        <message>
            <source>Relaxed checks are shown in the status bar and recorded with every result.</source>
            <translation>As verificações flexibilizadas são mostradas na barra de estado e registadas com cada resultado.</translation>
        </message>
        <message>
            <source>Choose a site profile</source>
            <translation>Escolher um perfil do local</translation>
        </message>
        <message>
            <source>Site profiles (*.json);;All files (*)</source>
            <translation>Perfis do local (*.json);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>A site profile can be chosen once a model is loaded.</source>
            <translation>Pode escolher-se um perfil do local depois de carregado um modelo.</translation>
        </message>
        <message>
            <source>Site profile not used</source>
            <translation>Perfil do local não usado</translation>
        </message>
    </context>
    <context>
        <name>SiteProfile</name>
        <message>
            <source>Site calibration needs at least %1 confirmed images of each class; there are %2 NORMAL and %3 PNEUMONIA (each image counted once). Label more images and try again.</source>
            <translation>A calibração do local precisa de pelo menos %1 imagens confirmadas de cada classe; há %2 NORMAL e %3 PNEUMONIA (cada imagem contada uma vez). Leia mais imagens e tente de novo.</translation>
        </message>
        <message>
            <source>Some of these images have no finite model output: analyse them again.</source>
            <translation>Algumas destas imagens não têm uma saída finita do modelo: analise-as de novo.</translation>
        </message>
        <message>
            <source>On these images the model's score runs against the labels (ranking AUC %1, below chance): check the labels, they may be swapped.</source>
            <translation>Nestas imagens a pontuação do modelo vai contra as leituras (AUC de ordenação %1, abaixo do acaso): verifique as leituras, podem estar trocadas.</translation>
        </message>
        <message>
            <source>%1 was fitted for another model bundle (%2…); this one is %3…. Calibrate again with this model.</source>
            <translation>%1 foi ajustado para outro pacote de modelo (%2…); este é %3…. Calibre de novo com este modelo.</translation>
        </message>
    </context>
    <context>
        <name>SiteProfileDialog</name>
        <message>
            <source>%1 (95 % interval %2–%3)</source>
            <translation>%1 (intervalo de 95 %: %2–%3)</translation>
        </message>
        <message>
            <source>Fitted on</source>
            <translation>Ajustado com</translation>
        </message>
        <message>
            <source>%1 NORMAL and %2 PNEUMONIA images (%3)</source>
            <translation>%1 imagens NORMAL e %2 imagens PNEUMONIA (%3)</translation>
        </message>
        <message>
            <source>Threshold (the model's score scale)</source>
            <translation>Limiar (escala de pontuação do modelo)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; instead of the model's own &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; em vez de &lt;b&gt;%2&lt;/b&gt;, o do próprio modelo</translation>
        </message>
        <message>
            <source>Indeterminate band (same scale)</source>
            <translation>Faixa de indeterminação (mesma escala)</translation>
        </message>
        <message>
            <source>%1 instead of %2</source>
            <translation>%1 em vez de %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhuma</translation>
        </message>
        <message>
            <source>Sensitivity, out of sample</source>
            <translation>Sensibilidade, fora da amostra</translation>
        </message>
        <message>
            <source>Specificity, out of sample</source>
            <translation>Especificidade, fora da amostra</translation>
        </message>
        <message>
            <source>Accuracy, out of sample</source>
            <translation>Exatidão, fora da amostra</translation>
        </message>
        <message>
            <source>%1 of these images (NORMAL %2, PNEUMONIA %3)</source>
            <translation>%1 destas imagens (NORMAL %2, PNEUMONIA %3)</translation>
        </message>
        <message>
            <source>%1 - flagged: above %2</source>
            <translation>%1 - assinalado: acima de %2</translation>
        </message>
        <message>
            <source>Indeterminate with this profile</source>
            <translation>Indeterminadas com este perfil</translation>
        </message>
        <message>
            <source>&lt;p&gt;The model's own point, measured on %1: sensitivity %2, specificity %3.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ponto próprio do modelo, medido em %1: sensibilidade %2, especificidade %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every number here is measured &lt;b&gt;out of sample&lt;/b&gt;: the whole fit was repeated on resamples of these images and scored on the images each left out. With the profile, the app shows scores on the profile's recalibrated scale, where the threshold reads %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Todos os números aqui apresentados são medidos &lt;b&gt;fora da amostra&lt;/b&gt;: todo o ajuste foi repetido em reamostragens destas imagens e avaliado nas imagens que cada reamostragem deixou de fora. Com o perfil, a aplicação mostra as pontuações na escala recalibrada do perfil, na qual o limiar corresponde a %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Warnings&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Avisos&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;No warnings.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sem avisos.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Use this site profile?</source>
            <translation>Usar este perfil do local?</translation>
        </message>
        <message>
            <source>Apply this operating point</source>
            <translation>Aplicar este ponto de funcionamento</translation>
        </message>
        <message>
            <source>Keep the current one</source>
            <translation>Manter o atual</translation>
        </message>
        <message>
            <source>Apply this operating point to every result from now on? Results are analysed again.</source>
            <translation>Aplicar este ponto de funcionamento a todos os resultados a partir de agora? Os resultados são analisados de novo.</translation>
        </message>
    </context>
    <context>
        <name>StudyListPanel</name>
        <message>
            <source>Show only rows with this result</source>
            <translation>Mostrar apenas as linhas com este resultado</translation>
        </message>
        <message>
            <source>Filter (Ctrl+F): file, PatientID, accession…</source>
            <translation>Filtro (Ctrl+F): ficheiro, PatientID, accession…</translation>
        </message>
        <message>
            <source>Rows shown by the filter, of all rows</source>
            <translation>Linhas mostradas pelo filtro, do total de linhas</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colunas</translation>
        </message>
        <message>
            <source> (nothing to show yet)</source>
            <translation> (nada a mostrar ainda)</translation>
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
            <translation>as imagens de exemplo</translation>
        </message>
        <message>
            <source>Replace the open images?</source>
            <translation>Substituir as imagens abertas?</translation>
        </message>
        <message>
            <source>Open: %1 from %2. Open %3 in their place?</source>
            <translation>Abertas: %1 de %2. Abrir %3 no seu lugar?</translation>
        </message>
        <message>
            <source>Replacing keeps one patient's study in view: results, readings and notes already made are kept in Pneumoscan's records.</source>
            <translation>A substituição mantém à vista o exame de um só doente: os resultados, as leituras e as notas já feitos ficam guardados nos registos do Pneumoscan.</translation>
        </message>
        <message>
            <source> The sample images are never added to a patient's list.</source>
            <translation> As imagens de exemplo nunca são adicionadas à lista de um doente.</translation>
        </message>
        <message>
            <source>Replace the list</source>
            <translation>Substituir a lista</translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>Adicionar à lista</translation>
        </message>
        <message>
            <source>Searching for images…</source>
            <translation>A procurar imagens…</translation>
        </message>
        <message>
            <source>searching for images</source>
            <translation>a procura de imagens</translation>
        </message>
        <message>
            <source>No images found in %1: the list is unchanged.</source>
            <translation>Não foram encontradas imagens em %1: a lista não foi alterada.</translation>
        </message>
        <message>
            <source>No images found in %1.</source>
            <translation>Não foram encontradas imagens em %1.</translation>
        </message>
        <message>
            <source>what was opened</source>
            <translation>ficheiros e pastas abertos</translation>
        </message>
        <message>
            <source>The %1 file(s) in %2 are already in the list.</source>
            <translation>Os ficheiros de %2 (%1) já estão na lista.</translation>
        </message>
        <message>
            <source>%1 of Pneumoscan's sample images were left out: samples never join a patient's list (Close all, then the welcome view opens them on their own).</source>
            <translation>Imagens de exemplo do Pneumoscan deixadas de fora: %1. Os exemplos nunca se juntam à lista de um doente (use Fechar todas as imagens; a vista de boas-vindas abre-os então à parte).</translation>
        </message>
    </context>
    <context>
        <name>StudyTableModel</name>
        <message>
            <source>All results</source>
            <translation>Todos os resultados</translation>
        </message>
        <message>
            <source>▲ PNEUMONIA</source>
            <translation>▲ PNEUMONIA</translation>
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
            <translation>· não analisada</translation>
        </message>
        <message>
            <source>… analysing</source>
            <translation>… a analisar</translation>
        </message>
        <message>
            <source>⚠ failed</source>
            <translation>⚠ falha</translation>
        </message>
        <message>
            <source>⊘ not assessed</source>
            <translation>⊘ não avaliado</translation>
        </message>
        <message>
            <source>✓ agree</source>
            <translation>✓ concordo</translation>
        </message>
        <message>
            <source>✗ disagree</source>
            <translation>✗ discordo</translation>
        </message>
        <message>
            <source>? unsure</source>
            <translation>? não tenho certeza</translation>
        </message>
        <message>
            <source>● read</source>
            <translation>● lido</translation>
        </message>
        <message>
            <source>↻ again</source>
            <translation>↻ reler</translation>
        </message>
        <message>
            <source>folder %1</source>
            <translation>pasta %1</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sem data</translation>
        </message>
        <message>
            <source>no PatientID</source>
            <translation>sem PatientID</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Ficheiro</translation>
        </message>
        <message>
            <source>PatientID</source>
            <translation>PatientID</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Data do exame</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Incidência</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>N.º de acesso</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Leitura</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Exame</translation>
        </message>
        <message>
            <source>relaxed</source>
            <translation>flexibilizado</translation>
        </message>
        <message>
            <source>new</source>
            <translation>novo</translation>
        </message>
        <message>
            <source>New from the X-ray unit (DICOM node), not yet opened
%1</source>
            <translation>Imagem nova do equipamento de raios X (nó DICOM), ainda não aberta
%1</translation>
        </message>
        <message>
            <source>
Made on an earlier result (%1); this result needs a new reading.</source>
            <translation>
Feita sobre um resultado anterior (%1); este resultado precisa de uma nova leitura.</translation>
        </message>
        <message>
            <source>Reading %1 (%2) by %3, %4</source>
            <translation>Leitura %1 (%2) por %3, %4</translation>
        </message>
        <message>
            <source>
Note: %1</source>
            <translation>
Nota: %1</translation>
        </message>
        <message>
            <source>Pneumonia score (calibrated P(pneumonia) x 100); threshold %1</source>
            <translation>Pontuação de pneumonia (P(pneumonia) calibrada x 100); limiar %1</translation>
        </message>
        <message>
            <source>Pneumonia score</source>
            <translation>Pontuação de pneumonia</translation>
        </message>
    </context>
    <context>
        <name>TrustBundleDialog</name>
        <message>
            <source>Use this model bundle?</source>
            <translation>Usar este pacote do modelo?</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; at %2 is not the model shipped with this Pneumoscan. Its decision threshold, indeterminate band and input checks decide every label: use it only if you know where it comes from and have read its model card.&lt;/p&gt;&lt;p&gt;Bundle identity: &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; em %2 não é o modelo fornecido com este Pneumoscan. O seu limiar de decisão, a sua faixa de indeterminação e as suas verificações da imagem determinam cada etiqueta: use-o apenas se souber de onde provém e tiver lido a respetiva ficha do modelo.&lt;/p&gt;&lt;p&gt;Identidade do pacote: &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Trust and use this bundle</source>
            <translation>Confiar neste pacote e usá-lo</translation>
        </message>
        <message>
            <source>Do not use it</source>
            <translation>Não o usar</translation>
        </message>
    </context>
    <context>
        <name>ViewerPanel</name>
        <message>
            <source>Full range</source>
            <translation>Intervalo completo</translation>
        </message>
        <message>
            <source>Soft contrast</source>
            <translation>Contraste suave</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste elevado</translation>
        </message>
        <message>
            <source>Lungs (dark)</source>
            <translation>Pulmões (escuro)</translation>
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
            <translation>Mín.–máx. da imagem</translation>
        </message>
        <message>
            <source>Open files or a folder (File menu, or drag them here).</source>
            <translation>Abra ficheiros ou uma pasta (menu Ficheiro, ou arraste-os para aqui).</translation>
        </message>
        <message>
            <source>Heatmap</source>
            <translation>Mapa de calor</translation>
        </message>
        <message>
            <source>Show where hiding part of the image lowered the pneumonia score: the tint grows with that evidence, the cyan outline surrounds strong evidence, the cyan ring marks the strongest. It is not an outline of disease (Ctrl+H)</source>
            <translation>Mostrar onde ocultar parte da imagem baixou a pontuação de pneumonia: a tonalidade cresce com esse indício, o contorno ciano rodeia os indícios fortes, o anel ciano marca o mais forte. Não é um contorno da doença (Ctrl+H)</translation>
        </message>
        <message>
            <source>Heatmap opacity</source>
            <translation>Opacidade do mapa de calor</translation>
        </message>
        <message>
            <source>Heatmap colours, on one scale for every image: full colour = as much evidence as the strongest 1 % of pneumonia evidence on the model's validation images; weak evidence fades out. Shown by default only for PNEUMONIA and indeterminate results (Ctrl+H toggles).</source>
            <translation>Cores do mapa de calor, numa mesma escala para todas as imagens: cor plena = tanto indício como o 1 % mais forte de indícios de pneumonia nas imagens de validação do modelo; os indícios fracos desvanecem. Mostrado por omissão apenas para resultados PNEUMONIA e indeterminados (Ctrl+H alterna).</translation>
        </message>
        <message>
            <source>Heatmap colour map: inferno and cividis are perceptually uniform and legible with colour-vision deficiency; turbo is the rainbow map</source>
            <translation>Paleta do mapa de calor: inferno e cividis são percetualmente uniformes e legíveis com deficiência da visão das cores; turbo é a paleta arco-íris</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>Keep this window/level when moving to the next image (of the same kind of file)</source>
            <translation>Manter esta janela/nível ao passar para a imagem seguinte (do mesmo tipo de ficheiro)</translation>
        </message>
        <message>
            <source>Window/level: the file's own presets and VOI LUTs first (right-drag on the image to adjust; the box then says %1)</source>
            <translation>Janela/nível: primeiro as predefinições e as VOI LUT do próprio ficheiro (arraste com o botão direito sobre a imagem para ajustar; a lista indica então %1)</translation>
        </message>
        <message>
            <source>Invert</source>
            <translation>Inverter</translation>
        </message>
        <message>
            <source>Overlay</source>
            <translation>Dados</translation>
        </message>
        <message>
            <source>Patient, study and file in the image's corners (Ctrl+T)</source>
            <translation>Doente, exame e ficheiro nos cantos da imagem (Ctrl+T)</translation>
        </message>
        <message>
            <source>Zoom: screen pixels per image pixel</source>
            <translation>Zoom: píxeis de ecrã por píxel de imagem</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Fit to window (Ctrl+0)</source>
            <translation>Ajustar à janela (Ctrl+0)</translation>
        </message>
        <message>
            <source>Actual pixels (Ctrl+1)</source>
            <translation>Píxeis reais (Ctrl+1)</translation>
        </message>
        <message>
            <source>Zoom in about the centre (Ctrl++; the wheel zooms about the cursor)</source>
            <translation>Ampliar em torno do centro (Ctrl++; a roda amplia em torno do cursor)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Reduzir (Ctrl+-)</translation>
        </message>
        <message>
            <source>Invert the grey levels (Ctrl+I)</source>
            <translation>Inverter os níveis de cinzento (Ctrl+I)</translation>
        </message>
        <message>
            <source>opacity</source>
            <translation>opacidade</translation>
        </message>
        <message>
            <source>%1: window width and level in the file's own units (its modality values)</source>
            <translation>%1: largura e nível da janela nas unidades do próprio ficheiro (os seus valores de modalidade)</translation>
        </message>
        <message>
            <source>%1: window width and level in the file's own units (its stored grey values)</source>
            <translation>%1: largura e nível da janela nas unidades do próprio ficheiro (os seus valores de cinzento armazenados)</translation>
        </message>
        <message>
            <source>Zoom %1</source>
            <translation>Zoom %1</translation>
        </message>
        <message>
            <source>LOW RESOLUTION: %1 × %2 px shown at %3×</source>
            <translation>BAIXA RESOLUÇÃO: %1 × %2 px mostrados a %3×</translation>
        </message>
        <message>
            <source>fine detail is interpolated, not seen</source>
            <translation>o detalhe fino é interpolado, não visto</translation>
        </message>
        <message>
            <source> -- LOW RESOLUTION image</source>
            <translation> -- imagem de BAIXA RESOLUÇÃO</translation>
        </message>
    </context>
    <context>
        <name>ViewingController</name>
        <message>
            <source>No image matches the filter: change or clear it (Ctrl+F).</source>
            <translation>Nenhuma imagem corresponde ao filtro: altere-o ou limpe-o (Ctrl+F).</translation>
        </message>
        <message>
            <source>— no image shown</source>
            <translation>— nenhuma imagem apresentada</translation>
        </message>
        <message>
            <source>Unreadable.</source>
            <translation>Ilegível.</translation>
        </message>
        <message>
            <source>opening the image</source>
            <translation>a abertura da imagem</translation>
        </message>
        <message>
            <source>⚠ %1 cannot be shown.
%2</source>
            <translation>⚠ Não é possível mostrar %1.
%2</translation>
        </message>
        <message>
            <source>⚠ %1 changed since it was analysed.
Its result is not shown beside other pixels, and no reading can be recorded until it is analysed again.</source>
            <translation>⚠ %1 mudou desde que foi analisado.
O seu resultado não é mostrado ao lado de outros píxeis, e nenhuma leitura pode ser registada até ser analisado de novo.</translation>
        </message>
        <message>
            <source>making the heatmap…</source>
            <translation>a criar o mapa de calor…</translation>
        </message>
        <message>
            <source>making the heatmap</source>
            <translation>a criação do mapa de calor</translation>
        </message>
        <message>
            <source>no heatmap: %1</source>
            <translation>sem mapa de calor: %1</translation>
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
    <context>
        <name>Wording</name>
        <message>
            <source>No pneumonia pattern found. Other findings (pneumothorax, effusion, a foreign body, a fracture…) are not assessed.</source>
            <translation>Não foi encontrado padrão de pneumonia. Outros achados (pneumotórax, derrame, corpo estranho, fratura…) não são avaliados.</translation>
        </message>
        <message>
            <source>PNEUMONIA</source>
            <translation>PNEUMONIA</translation>
        </message>
        <message>
            <source>NORMAL</source>
            <translation>NORMAL</translation>
        </message>
        <message>
            <source>Indeterminate — read carefully</source>
            <translation>Indeterminado — leia com atenção</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Não avaliado</translation>
        </message>
        <message>
            <source>Could not be read</source>
            <translation>Não foi possível ler</translation>
        </message>
        <message>
            <source>Unsure</source>
            <translation>Não tenho certeza</translation>
        </message>
        <message>
            <source>agree</source>
            <translation>concordo</translation>
        </message>
        <message>
            <source>disagree</source>
            <translation>discordo</translation>
        </message>
        <message>
            <source>resolved indeterminate</source>
            <translation>indeterminado resolvido</translation>
        </message>
        <message>
            <source>unsure</source>
            <translation>não tenho certeza</translation>
        </message>
        <message>
            <source>How often a call is right depends on how common pneumonia is among the children you X-ray: set your clinic's prevalence in Settings to see it.</source>
            <translation>A frequência com que um resultado está certo depende de quão comum é a pneumonia nas crianças que radiografa: defina a prevalência do seu local nas Definições para a ver.</translation>
        </message>
        <message>
            <source>No call: score %1 of 100 lies in the indeterminate band (%2–%3) around the threshold, where the model is often wrong. Read the image carefully.</source>
            <translation>Sem conclusão: a pontuação %1 em 100 está na faixa de indeterminação (%2–%3) em torno do limiar, onde o modelo erra com frequência. Leia a imagem com atenção.</translation>
        </message>
        <message>
            <source>Pneumonia pattern found: score %1 of 100, above the threshold %2.</source>
            <translation>Foi encontrado padrão de pneumonia: pontuação %1 em 100, acima do limiar %2.</translation>
        </message>
        <message>
            <source>%1 Score %2 of 100, below the threshold %3.</source>
            <translation>%1 Pontuação %2 em 100, abaixo do limiar %3.</translation>
        </message>
        <message>
            <source>No score: the input check withheld it.</source>
            <translation>Sem pontuação: a verificação da imagem reteve-a.</translation>
        </message>
        <message>
            <source>This model records no sensitivity and specificity measured on images its threshold was not chosen on, so how often a call is right is not shown.</source>
            <translation>Este modelo não regista sensibilidade nem especificidade medidas em imagens diferentes das usadas para escolher o seu limiar; por isso não se mostra com que frequência um resultado está certo.</translation>
        </message>
        <message>
            <source>How often a %1 call is right cannot be computed from the figures in force (sensitivity %2, specificity %3).</source>
            <translation>Não é possível calcular com que frequência um resultado %1 está certo a partir dos valores em vigor (sensibilidade %2, especificidade %3).</translation>
        </message>
        <message>
            <source>At a pneumonia prevalence of %1, %2 of %3 calls are right (%4%5). From sensitivity %6 and specificity %7 measured on %8.</source>
            <translation>Com uma prevalência de pneumonia de %1, %2 dos resultados %3 estão certos (%4%5). Com base numa sensibilidade de %6 e numa especificidade de %7 medidas em %8.</translation>
        </message>
        <message>
            <source>; 95 % range %1–%2</source>
            <translation>; intervalo de 95 %: %1–%2</translation>
        </message>
        <message>
            <source>over 99 %</source>
            <translation>mais de 99 %</translation>
        </message>
        <message>
            <source>under 1 %</source>
            <translation>menos de 1 %</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>cerca de %1</translation>
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
