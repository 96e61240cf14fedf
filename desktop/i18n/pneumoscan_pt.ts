<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>BatchSummaryWidget</name>
    <message>
        <source>Dismiss the batch summary</source>
        <translation>Fechar o resumo do lote</translation>
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
    <name>DetailsPanel</name>
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
        <source>Undo your last act on this image&apos;s reading (Ctrl+Z); recorded in the audit log</source>
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
        <source>&lt;span style=&apos;color:#a05000&apos;&gt;&lt;b&gt;Read again:&lt;/b&gt; the reading %1 by %2 (%3) was made on an earlier result (%4). The result has changed since (another operating point, model or setting): record your reading of this result.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a05000&apos;&gt;&lt;b&gt;Volte a ler:&lt;/b&gt; a leitura %1 de %2 (%3) foi feita sobre um resultado anterior (%4). O resultado mudou entretanto (outro ponto de funcionamento, modelo ou definição): registe a sua leitura deste resultado.&lt;/span&gt;</translation>
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
        <source>No score: the input check withheld it. Why:</source>
        <translation>Sem pontuação: a verificação da imagem reteve-a. Porquê:</translation>
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
        <translation>Situação regulamentar: o Pneumoscan não foi autorizado, aprovado nem marcado CE como dispositivo médico por nenhuma autoridade. É um apoio à decisão para profissionais de saúde com formação, a usar sob a governação clínica local: nunca deve ser a única base de um diagnóstico ou de uma decisão de tratamento.</translation>
    </message>
    <message>
        <source>In plain words: this is not an approved medical device. It can be wrong. A clinician reads every image and makes every decision; Pneumoscan&apos;s label is a second opinion only.</source>
        <translation>Em termos simples: não é um dispositivo médico aprovado. Pode errar. Um profissional de saúde lê cada imagem e toma cada decisão; a etiqueta do Pneumoscan é apenas uma segunda opinião.</translation>
    </message>
</context>
<context>
    <name>ScoreBarWidget</name>
    <message>
        <source>Pneumonia score 0-100: the model&apos;s output, calibrated on its validation images. It ranks images against the threshold; it is not the chance that this child has pneumonia. Dashed line: the decision threshold. Shaded: the indeterminate band, where the model&apos;s errors are frequent.</source>
        <translation>Pontuação de pneumonia 0-100: a saída do modelo, calibrada nas suas imagens de validação. Ordena as imagens em relação ao limiar; não é a probabilidade de esta criança ter pneumonia. Linha tracejada: o limiar de decisão. Sombreado: a faixa de indeterminação, onde os erros do modelo são frequentes.</translation>
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
        <source>Arithmetic on the CPU. The model card gives the int8 graph&apos;s agreement with fp32 on validation images. GPUs always run float16.</source>
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
        <source>The language of Pneumoscan&apos;s windows and reports; applies when Pneumoscan next starts. The CSV, the audit log and DICOM objects stay in English.</source>
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
        <source>none: the model&apos;s own operating point</source>
        <translation>nenhum: o ponto de funcionamento próprio do modelo</translation>
    </message>
    <message>
        <source>A site profile (pneumoscan-calibrate, or Analyse &gt; Calibrate to this clinic) sets the threshold and calibration fitted on your clinic&apos;s images</source>
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
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Take the selected reader off this workstation&apos;s list (their readings stay theirs)</source>
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
        <source>Only images whose file records no age at all: the adult-appearance check is skipped for them. An age outside the model&apos;s population, or one that is recorded but cannot be read, is never assessed.</source>
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
        <source> (nothing to show yet)</source>
        <translation> (nada a mostrar ainda)</translation>
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
</context>
<context>
    <name>ViewerPanel</name>
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
        <source>Heatmap colours, on one scale for every image: full colour = as much evidence as the strongest 1 % of pneumonia evidence on the model&apos;s validation images; weak evidence fades out. Shown by default only for PNEUMONIA and indeterminate results (Ctrl+H toggles).</source>
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
        <source>Window/level: the file&apos;s own presets and VOI LUTs first (right-drag on the image to adjust; the box then says Custom)</source>
        <translation>Janela/nível: primeiro as predefinições e as VOI LUT do próprio ficheiro (arraste com o botão direito sobre a imagem para ajustar; a lista indica então Custom)</translation>
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
        <source>Patient, study and file in the image&apos;s corners (Ctrl+T)</source>
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
        <source>How often a call is right depends on how common pneumonia is among the children you X-ray: set your clinic&apos;s prevalence in Settings to see it.</source>
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
