<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BatchSummaryWidget</name>
    <message>
        <source>Dismiss the batch summary</source>
        <translation>إغلاق ملخص الدفعة</translation>
    </message>
</context>
<context>
    <name>ColourLegendWidget</name>
    <message>
        <source>weak</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>opacity %1</source>
        <translation>العتامة %1</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوي</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Decision support only — the clinician reads the image and decides.</source>
        <translation>دعم للقرار فقط — الطبيب المعالج يقرأ الصورة ويتخذ القرار.</translation>
    </message>
    <message>
        <source>Model result</source>
        <translation>نتيجة النموذج</translation>
    </message>
    <message>
        <source>Your reading</source>
        <translation>قراءتك</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>غير متأكد</translation>
    </message>
    <message>
        <source>Record your own reading of this image: %1 (%2). Saved at once, with your name; Undo (Ctrl+Z) takes it back.</source>
        <translation>سجّل قراءتك الخاصة لهذه الصورة: %1 (%2). تُحفظ فورًا باسمك؛ ويُلغيها التراجع (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo your last act on this image&apos;s reading (Ctrl+Z); recorded in the audit log</source>
        <translation>التراجع عن آخر إجراء لك على قراءة هذه الصورة (Ctrl+Z)؛ يُسجَّل في سجل التدقيق</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Withdraw the reading of this image (recorded in the audit log)</source>
        <translation>سحب قراءة هذه الصورة (يُسجَّل في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Note (Alt+N; Enter saves it with your reading):</source>
        <translation>ملاحظة (Alt+N؛ يحفظها Enter مع قراءتك):</translation>
    </message>
    <message>
        <source>Your note on this image</source>
        <translation>ملاحظتك على هذه الصورة</translation>
    </message>
    <message>
        <source>Image and model</source>
        <translation>الصورة والنموذج</translation>
    </message>
    <message>
        <source>No reading yet: record yours (Ctrl+Shift+N / P / U).</source>
        <translation>لا قراءة بعد: سجّل قراءتك (Ctrl+Shift+N / P / U).</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Note: %1</source>
        <translation>&lt;br/&gt;ملاحظة: %1</translation>
    </message>
    <message>
        <source>Your reading: &lt;b&gt;%1&lt;/b&gt; (%2) — saved by %3, %4</source>
        <translation>قراءتك: &lt;b&gt;%1&lt;/b&gt; (%2) — حفظها %3، %4</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a05000&apos;&gt;&lt;b&gt;Read again:&lt;/b&gt; the reading %1 by %2 (%3) was made on an earlier result (%4). The result has changed since (another operating point, model or setting): record your reading of this result.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a05000&apos;&gt;&lt;b&gt;أعد القراءة:&lt;/b&gt; القراءة %1 التي سجّلها %2 (%3) أُجريت على نتيجة سابقة (%4). تغيّرت النتيجة منذ ذلك الحين (نقطة تشغيل أو نموذج أو إعداد آخر): سجّل قراءتك لهذه النتيجة.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Draft note, kept with this image: it is saved with your reading (record one, or press Enter to save it with the reading you made).</source>
        <translation>مسودة ملاحظة محفوظة مع هذه الصورة: تُحفظ مع قراءتك (سجّل قراءة، أو اضغط Enter لحفظها مع القراءة التي أجريتها).</translation>
    </message>
    <message>
        <source>… being analysed again</source>
        <translation>… يُعاد تحليلها</translation>
    </message>
    <message>
        <source>The operating point, model or settings changed: this image is analysed again. Its earlier result is not shown, so that no number mixes two operating points.</source>
        <translation>تغيّرت نقطة التشغيل أو النموذج أو الإعدادات: يُعاد تحليل هذه الصورة. لا تُعرض نتيجتها السابقة حتى لا يخلط أي رقم بين نقطتي تشغيل.</translation>
    </message>
    <message>
        <source>— not analysed</source>
        <translation>— لم تُحلَّل</translation>
    </message>
    <message>
        <source>No score: the input check withheld it. Why:</source>
        <translation>لا درجة: حجبها فحص الصورة المُدخلة. السبب:</translation>
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
&lt;h3&gt;الاستخدام المقصود&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Pneumoscan أداة لدعم القرار، وليس تشخيصًا.&lt;/b&gt; الغرض منه مساعدة الأطباء المعالجين على قراءة
&lt;b&gt;صور الصدر الأمامية (AP/PA) بالأشعة السينية للأطفال&lt;/b&gt;. يعرض لكل صورة درجة الالتهاب الرئوي (0–100، وهي
ناتج النموذج بعد معايرته على صور التحقق)، والنتيجة المترتبة على عتبة القرار
— أو «غير حاسم — اقرأ الصورة بعناية» عندما تكون الدرجة قريبة منها — وخريطة حرارية
للمناطق التي حددت الدرجة.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;الطبيب المعالج يقرأ الصورة ويتخذ القرار. لا تتصرف أبدًا بناءً على نتيجة Pneumoscan وحدها.&lt;/li&gt;
&lt;li&gt;يبحث عن نمط الالتهاب الرئوي فقط. النتيجة «طبيعي» تعني: %1&lt;/li&gt;
&lt;li&gt;دُرِّب النموذج على مرضى أطفال تتراوح أعمارهم بين سنة و5 سنوات من مستشفى واحد. النتائج على
المناظر الجانبية أو البالغين أو أجزاء الجسم الأخرى أو التصوير المقطعي/بالرنين المغناطيسي أو الصور الفوتوغرافية لا معنى لها.&lt;/li&gt;
&lt;li&gt;تبيّن الخريطة الحرارية ما أثّر في الدرجة؛ ولا تحدد حدود المرض.&lt;/li&gt;
&lt;li&gt;يحدث التهاب رئوي فائت («طبيعي» كاذب) وإنذارات كاذبة؛ انظر مساعدة › بطاقة النموذج
لمعرفة الحساسية والنوعية المقيستين.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
        <source>Pneumoscan — intended use</source>
        <translation>Pneumoscan — الاستخدام المقصود</translation>
    </message>
    <message>
        <source>I understand that Pneumoscan supports, and does not replace, clinical judgement.</source>
        <translation>أفهم أن Pneumoscan يدعم الحكم السريري ولا يحلّ محله.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Studies</source>
        <translation>الدراسات</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>جارٍ تحميل النموذج…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Reader: not chosen</source>
        <translation>القارئ: لم يُختر</translation>
    </message>
    <message>
        <source>Who is reading: your name goes with every reading you record (Ctrl+Shift+L)</source>
        <translation>من يقرأ: يُرفق اسمك بكل قراءة تسجّلها (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>فتح ملفات…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>فتح مجلد…</translation>
    </message>
    <message>
        <source>Recent folders</source>
        <translation>المجلدات الأخيرة</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export CSV of the selected rows…</source>
        <translation>تصدير الصفوف المحددة بصيغة CSV…</translation>
    </message>
    <message>
        <source>Export heatmap overlays…</source>
        <translation>تصدير الخرائط الحرارية المركّبة…</translation>
    </message>
    <message>
        <source>Close all images</source>
        <translation>إغلاق كل الصور</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Analyse all</source>
        <translation>تحليل الكل</translation>
    </message>
    <message>
        <source>Analyse selected</source>
        <translation>تحليل المحدد</translation>
    </message>
    <message>
        <source>Cancel analysis…</source>
        <translation>إلغاء التحليل…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Open the images the DICOM node received</source>
        <translation>فتح الصور التي استقبلتها عقدة DICOM</translation>
    </message>
    <message>
        <source>DICOM node…</source>
        <translation>عقدة DICOM…</translation>
    </message>
    <message>
        <source>My reading: NORMAL</source>
        <translation>قراءتي: طبيعي</translation>
    </message>
    <message>
        <source>My reading: PNEUMONIA</source>
        <translation>قراءتي: التهاب رئوي</translation>
    </message>
    <message>
        <source>My reading: unsure</source>
        <translation>قراءتي: غير متأكد</translation>
    </message>
    <message>
        <source>Undo my last act on this image&apos;s reading</source>
        <translation>التراجع عن آخر إجراء لي على قراءة هذه الصورة</translation>
    </message>
    <message>
        <source>Clear the reading of this image</source>
        <translation>مسح قراءة هذه الصورة</translation>
    </message>
    <message>
        <source>Write a note on this image</source>
        <translation>كتابة ملاحظة على هذه الصورة</translation>
    </message>
    <message>
        <source>Who is reading…</source>
        <translation>من يقرأ…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>طباعة التقرير…</translation>
    </message>
    <message>
        <source>Calibrate to this clinic…</source>
        <translation>المعايرة حسب هذه العيادة…</translation>
    </message>
    <message>
        <source>Use the model&apos;s own operating point</source>
        <translation>استخدام نقطة التشغيل الخاصة بالنموذج</translation>
    </message>
    <message>
        <source>Next study</source>
        <translation>الدراسة التالية</translation>
    </message>
    <message>
        <source>Previous study</source>
        <translation>الدراسة السابقة</translation>
    </message>
    <message>
        <source>First study</source>
        <translation>الدراسة الأولى</translation>
    </message>
    <message>
        <source>Last study</source>
        <translation>الدراسة الأخيرة</translation>
    </message>
    <message>
        <source>Filter the study list</source>
        <translation>تصفية قائمة الدراسات</translation>
    </message>
    <message>
        <source>Group the list by study</source>
        <translation>تجميع القائمة حسب الدراسة</translation>
    </message>
    <message>
        <source>Toggle heatmap</source>
        <translation>إظهار/إخفاء الخريطة الحرارية</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ملاءمة النافذة</translation>
    </message>
    <message>
        <source>Actual pixels (1:1)</source>
        <translation>البكسلات الفعلية (1:1)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>عكس</translation>
    </message>
    <message>
        <source>Patient overlay</source>
        <translation>بيانات المريض على الصورة</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>إعادة تعيين التخطيط</translation>
    </message>
    <message>
        <source>Intended use…</source>
        <translation>الاستخدام المقصود…</translation>
    </message>
    <message>
        <source>Model card…</source>
        <translation>بطاقة النموذج…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>اختصارات لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>سجل التدقيق…</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>فتح مجلد السجلات</translation>
    </message>
    <message>
        <source>About Pneumoscan…</source>
        <translation>حول Pneumoscan…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;تحليل</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;القراءة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Study list columns</source>
        <translation>أعمدة قائمة الدراسات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
</context>
<context>
    <name>MetadataTreeWidget</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Regulatory status: Pneumoscan has not been cleared, approved or CE-marked as a medical device by any regulator. It is decision support for trained clinicians, for use under local clinical governance: it must not be the sole basis of a diagnosis or a treatment decision.</source>
        <translation>الوضع التنظيمي: لم تُجِز أي جهة تنظيمية Pneumoscan أو تعتمده أو تمنحه علامة CE بصفته جهازًا طبيًا. هو أداة لدعم القرار للأطباء المدرَّبين، تُستخدم في إطار الحوكمة السريرية المحلية: ولا يجوز أن يكون الأساس الوحيد لتشخيص أو لقرار علاجي.</translation>
    </message>
    <message>
        <source>In plain words: this is not an approved medical device. It can be wrong. A clinician reads every image and makes every decision; Pneumoscan&apos;s label is a second opinion only.</source>
        <translation>بكلمات بسيطة: هذا ليس جهازًا طبيًا معتمدًا. وقد يخطئ. يقرأ الطبيب المعالج كل صورة ويتخذ كل قرار؛ وتصنيف Pneumoscan مجرد رأي ثانٍ.</translation>
    </message>
</context>
<context>
    <name>ScoreBarWidget</name>
    <message>
        <source>Pneumonia score 0-100: the model&apos;s output, calibrated on its validation images. It ranks images against the threshold; it is not the chance that this child has pneumonia. Dashed line: the decision threshold. Shaded: the indeterminate band, where the model&apos;s errors are frequent.</source>
        <translation>درجة الالتهاب الرئوي 0-100: ناتج النموذج بعد معايرته على صور التحقق. ترتّب الصور بالنسبة إلى العتبة؛ وليست احتمال إصابة هذا الطفل بالالتهاب الرئوي. الخط المتقطع: عتبة القرار. المنطقة المظللة: نطاق عدم الحسم، حيث تكثر أخطاء النموذج.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>auto (64 on a GPU, 8 on the CPU)</source>
        <translation>تلقائي (64 على وحدة GPU، و8 على المعالج CPU)</translation>
    </message>
    <message>
        <source>auto: int8 where the model passed its int8 check</source>
        <translation>تلقائي: int8 إذا اجتاز النموذج فحص int8</translation>
    </message>
    <message>
        <source>fp32 (full precision)</source>
        <translation>fp32 (دقة كاملة)</translation>
    </message>
    <message>
        <source>int8 (faster)</source>
        <translation>int8 (أسرع)</translation>
    </message>
    <message>
        <source>Arithmetic on the CPU. The model card gives the int8 graph&apos;s agreement with fp32 on validation images. GPUs always run float16.</source>
        <translation>الحساب على المعالج CPU. تبيّن بطاقة النموذج مدى توافق مخطط int8 مع fp32 على صور التحقق. تعمل وحدات GPU دائمًا بدقة float16.</translation>
    </message>
    <message>
        <source>Analyse automatically when images are opened</source>
        <translation>تحليل الصور تلقائيًا عند فتحها</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>النظام (%1)</translation>
    </message>
    <message>
        <source>The language of Pneumoscan&apos;s windows and reports; applies when Pneumoscan next starts. The CSV, the audit log and DICOM objects stay in English.</source>
        <translation>لغة نوافذ Pneumoscan وتقاريره؛ تُطبَّق عند تشغيل Pneumoscan في المرة القادمة. يبقى ملف CSV وسجل التدقيق وكائنات DICOM باللغة الإنجليزية.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>جهاز الحساب</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <source>CPU precision</source>
        <translation>الدقة على المعالج CPU</translation>
    </message>
    <message>
        <source>Show heatmaps on NORMAL results too (default: only PNEUMONIA and indeterminate)</source>
        <translation>إظهار الخرائط الحرارية لنتائج «طبيعي» أيضًا (الافتراضي: «التهاب رئوي» و«غير حاسم» فقط)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>Share of the children you X-ray who have pneumonia. PPV and NPV (how often a call is right) are computed for it; until it is set, the result panel says so.</source>
        <translation>نسبة الأطفال المصوَّرين بالأشعة المصابين بالالتهاب الرئوي. تُحسب القيمة التنبؤية الإيجابية والسلبية (مدى صحة النتيجة) على أساسها؛ وما دامت غير محددة تذكر لوحة النتيجة ذلك.</translation>
    </message>
    <message>
        <source>Pneumonia prevalence at your clinic</source>
        <translation>معدل انتشار الالتهاب الرئوي في عيادتك</translation>
    </message>
    <message>
        <source>none: the model&apos;s own operating point</source>
        <translation>لا يوجد: نقطة التشغيل الخاصة بالنموذج</translation>
    </message>
    <message>
        <source>A site profile (pneumoscan-calibrate, or Analyse &gt; Calibrate to this clinic) sets the threshold and calibration fitted on your clinic&apos;s images</source>
        <translation>يحدد ملف تعريف الموقع (pneumoscan-calibrate، أو تحليل &gt; المعايرة حسب هذه العيادة) العتبة والمعايرة المضبوطتين على صور عيادتك</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Site profile</source>
        <translation>ملف تعريف الموقع</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Take the selected reader off this workstation&apos;s list (their readings stay theirs)</source>
        <translation>إزالة القارئ المحدد من قائمة محطة العمل هذه (تبقى قراءاته منسوبة إليه)</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>القرّاء</translation>
    </message>
    <message>
        <source>Readers add themselves when they first record a reading (status bar: Reader).</source>
        <translation>يضيف القرّاء أنفسهم عند تسجيل أول قراءة لهم (شريط الحالة: القارئ).</translation>
    </message>
    <message>
        <source>Device changes take effect when the model reloads (now).</source>
        <translation>يسري تغيير جهاز الحساب عند إعادة تحميل النموذج (فورًا).</translation>
    </message>
    <message>
        <source>Assess even when the modality is not CR/DX</source>
        <translation>التقييم حتى لو لم تكن الطريقة CR/DX</translation>
    </message>
    <message>
        <source>Assess even when the body part is not the chest</source>
        <translation>التقييم حتى لو لم يكن جزء الجسم هو الصدر</translation>
    </message>
    <message>
        <source>Assess even when the view is not frontal (AP/PA)</source>
        <translation>التقييم حتى لو لم يكن المنظر أماميًا (AP/PA)</translation>
    </message>
    <message>
        <source>Assess images with no recorded age as children up to</source>
        <translation>تقييم الصور التي لا عمر مسجلًا لها على أنها لأطفال حتى عمر</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سنة</translation>
    </message>
    <message>
        <source>Only images whose file records no age at all: the adult-appearance check is skipped for them. An age outside the model&apos;s population, or one that is recorded but cannot be read, is never assessed.</source>
        <translation>فقط الصور التي لا يسجّل ملفها أي عمر: يُتخطّى لها فحص المظهر البالغ. أما العمر الواقع خارج الفئة التي دُرّب عليها النموذج، أو العمر المسجّل الذي تتعذّر قراءته، فلا يُقيَّم أبدًا.</translation>
    </message>
    <message>
        <source>Relax input check</source>
        <translation>تخفيف فحص للصورة المُدخلة</translation>
    </message>
    <message>
        <source>Relaxed checks are shown in the status bar and recorded with every result.</source>
        <translation>تظهر الفحوص المخففة في شريط الحالة وتُسجَّل مع كل نتيجة.</translation>
    </message>
    <message>
        <source>Choose a site profile</source>
        <translation>اختيار ملف تعريف الموقع</translation>
    </message>
    <message>
        <source>Site profiles (*.json);;All files (*)</source>
        <translation>ملفات تعريف الموقع (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>A site profile can be chosen once a model is loaded.</source>
        <translation>يمكن اختيار ملف تعريف الموقع بعد تحميل نموذج.</translation>
    </message>
</context>
<context>
    <name>StudyListPanel</name>
    <message>
        <source>Show only rows with this result</source>
        <translation>إظهار الصفوف ذات هذه النتيجة فقط</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): file, PatientID, accession…</source>
        <translation>تصفية (Ctrl+F): الملف، PatientID، رقم الدخول…</translation>
    </message>
    <message>
        <source>Rows shown by the filter, of all rows</source>
        <translation>الصفوف التي تُظهرها التصفية من مجموع الصفوف</translation>
    </message>
    <message>
        <source> (nothing to show yet)</source>
        <translation> (لا شيء لعرضه بعد)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>StudyTableModel</name>
    <message>
        <source>All results</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <source>▲ PNEUMONIA</source>
        <translation>▲ التهاب رئوي</translation>
    </message>
    <message>
        <source>○ NORMAL</source>
        <translation>○ طبيعي</translation>
    </message>
    <message>
        <source>◇ Indeterminate</source>
        <translation>◇ غير حاسم</translation>
    </message>
    <message>
        <source>· not analysed</source>
        <translation>· لم تُحلَّل</translation>
    </message>
    <message>
        <source>… analysing</source>
        <translation>… جارٍ التحليل</translation>
    </message>
    <message>
        <source>⚠ failed</source>
        <translation>⚠ فشل</translation>
    </message>
    <message>
        <source>⊘ not assessed</source>
        <translation>⊘ لم يُقيَّم</translation>
    </message>
    <message>
        <source>✓ agree</source>
        <translation>✓ موافق</translation>
    </message>
    <message>
        <source>✗ disagree</source>
        <translation>✗ غير موافق</translation>
    </message>
    <message>
        <source>? unsure</source>
        <translation>? غير متأكد</translation>
    </message>
    <message>
        <source>● read</source>
        <translation>● مقروءة</translation>
    </message>
    <message>
        <source>↻ again</source>
        <translation>↻ أعد القراءة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>PatientID</source>
        <translation>PatientID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>تاريخ الدراسة</translation>
    </message>
    <message>
        <source>View</source>
        <translation>المنظر</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>رقم الدخول</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>مخفَّف</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
</context>
<context>
    <name>ViewerPanel</name>
    <message>
        <source>Open files or a folder (File menu, or drag them here).</source>
        <translation>افتح ملفات أو مجلدًا (قائمة ملف، أو اسحبها إلى هنا).</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>الخريطة الحرارية</translation>
    </message>
    <message>
        <source>Show where hiding part of the image lowered the pneumonia score: the tint grows with that evidence, the cyan outline surrounds strong evidence, the cyan ring marks the strongest. It is not an outline of disease (Ctrl+H)</source>
        <translation>إظهار المواضع التي خفض إخفاؤها من الصورة درجة الالتهاب الرئوي: يشتد اللون مع قوة الدليل، ويحيط الخط السماوي بالأدلة القوية، وتحدد الحلقة السماوية أقواها. وليست حدودًا للمرض (Ctrl+H)</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>عتامة الخريطة الحرارية</translation>
    </message>
    <message>
        <source>Heatmap colours, on one scale for every image: full colour = as much evidence as the strongest 1 % of pneumonia evidence on the model&apos;s validation images; weak evidence fades out. Shown by default only for PNEUMONIA and indeterminate results (Ctrl+H toggles).</source>
        <translation>ألوان الخريطة الحرارية على مقياس واحد لكل الصور: اللون الكامل = دليل بقوة أقوى 1 % من أدلة الالتهاب الرئوي في صور التحقق الخاصة بالنموذج؛ ويتلاشى الدليل الضعيف. تظهر افتراضيًا لنتائج «التهاب رئوي» و«غير حاسم» فقط (Ctrl+H للتبديل).</translation>
    </message>
    <message>
        <source>Heatmap colour map: inferno and cividis are perceptually uniform and legible with colour-vision deficiency; turbo is the rainbow map</source>
        <translation>لوحة ألوان الخريطة الحرارية: inferno وcividis متجانستان إدراكيًا ومقروءتان مع قصور رؤية الألوان؛ وturbo هي لوحة قوس قزح</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>Keep this window/level when moving to the next image (of the same kind of file)</source>
        <translation>إبقاء هذه النافذة/المستوى عند الانتقال إلى الصورة التالية (من النوع نفسه من الملفات)</translation>
    </message>
    <message>
        <source>Window/level: the file&apos;s own presets and VOI LUTs first (right-drag on the image to adjust; the box then says Custom)</source>
        <translation>النافذة/المستوى: الإعدادات المسبقة وجداول VOI LUT الخاصة بالملف أولًا (اسحب بالزر الأيمن على الصورة للضبط؛ وتعرض القائمة عندئذ Custom)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>عكس</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Patient, study and file in the image&apos;s corners (Ctrl+T)</source>
        <translation>المريض والدراسة والملف في زوايا الصورة (Ctrl+T)</translation>
    </message>
    <message>
        <source>Zoom: screen pixels per image pixel</source>
        <translation>التكبير: بكسلات الشاشة لكل بكسل من الصورة</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>ملاءمة النافذة (Ctrl+0)</translation>
    </message>
    <message>
        <source>Actual pixels (Ctrl+1)</source>
        <translation>البكسلات الفعلية (Ctrl+1)</translation>
    </message>
    <message>
        <source>Zoom in about the centre (Ctrl++; the wheel zooms about the cursor)</source>
        <translation>تكبير حول المركز (Ctrl++؛ تكبّر عجلة الفأرة حول المؤشر)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>تصغير (Ctrl+-)</translation>
    </message>
    <message>
        <source>Invert the grey levels (Ctrl+I)</source>
        <translation>عكس مستويات الرمادي (Ctrl+I)</translation>
    </message>
    <message>
        <source>opacity</source>
        <translation>العتامة</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>التكبير %1</translation>
    </message>
    <message>
        <source>LOW RESOLUTION: %1 × %2 px shown at %3×</source>
        <translation>دقة منخفضة: %1 × %2 بكسل معروضة بتكبير %3×</translation>
    </message>
    <message>
        <source>fine detail is interpolated, not seen</source>
        <translation>التفاصيل الدقيقة مُستكمَلة حسابيًا لا مرئية</translation>
    </message>
    <message>
        <source> -- LOW RESOLUTION image</source>
        <translation> -- صورة منخفضة الدقة</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Decision support for frontal chest X-rays of children: a pneumonia score, a label and a heatmap for each image. The clinician reads the image and decides.</source>
        <translation>دعم القرار لصور الصدر الأمامية بالأشعة السينية للأطفال: درجة الالتهاب الرئوي وتصنيف وخريطة حرارية لكل صورة. الطبيب المعالج يقرأ الصورة ويتخذ القرار.</translation>
    </message>
    <message>
        <source>Analyse the sample images</source>
        <translation>تحليل الصور النموذجية</translation>
    </message>
    <message>
        <source>Open and analyse the bundled examples: a normal and a pneumonia radiograph, a pediatric DICOM, and an adult DICOM that is shown as out of scope</source>
        <translation>فتح الأمثلة المرفقة وتحليلها: صورة شعاعية طبيعية وأخرى بالتهاب رئوي، وملف DICOM لطفل، وملف DICOM لبالغ يُعرض على أنه خارج نطاق الاستخدام</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>فتح مجلد…</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>فتح ملفات…</translation>
    </message>
    <message>
        <source>Recent folders</source>
        <translation>المجلدات الأخيرة</translation>
    </message>
    <message>
        <source>You can also drag files or folders onto this window.</source>
        <translation>يمكنك أيضًا سحب الملفات أو المجلدات إلى هذه النافذة.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>No pneumonia pattern found. Other findings (pneumothorax, effusion, a foreign body, a fracture…) are not assessed.</source>
        <translation>لم يُعثر على نمط التهاب رئوي. لا تُقيَّم الموجودات الأخرى (استرواح الصدر، الانصباب، جسم غريب، كسر…).</translation>
    </message>
    <message>
        <source>PNEUMONIA</source>
        <translation>التهاب رئوي</translation>
    </message>
    <message>
        <source>NORMAL</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <source>Indeterminate — read carefully</source>
        <translation>غير حاسم — اقرأ الصورة بعناية</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>تعذرت القراءة</translation>
    </message>
    <message>
        <source>How often a call is right depends on how common pneumonia is among the children you X-ray: set your clinic&apos;s prevalence in Settings to see it.</source>
        <translation>تعتمد نسبة صحة النتائج على مدى شيوع الالتهاب الرئوي بين الأطفال الذين تصوّرهم بالأشعة: أدخل معدل الانتشار في عيادتك في الإعدادات لتراها.</translation>
    </message>
    <message>
        <source>No call: score %1 of 100 lies in the indeterminate band (%2–%3) around the threshold, where the model is often wrong. Read the image carefully.</source>
        <translation>لا حكم: الدرجة %1 من 100 تقع في نطاق عدم الحسم (%2–%3) حول العتبة، حيث يخطئ النموذج كثيرًا. اقرأ الصورة بعناية.</translation>
    </message>
    <message>
        <source>Pneumonia pattern found: score %1 of 100, above the threshold %2.</source>
        <translation>وُجد نمط التهاب رئوي: الدرجة %1 من 100، أعلى من العتبة %2.</translation>
    </message>
    <message>
        <source>%1 Score %2 of 100, below the threshold %3.</source>
        <translation>%1 الدرجة %2 من 100، أقل من العتبة %3.</translation>
    </message>
    <message>
        <source>No score: the input check withheld it.</source>
        <translation>لا درجة: حجبها فحص الصورة المُدخلة.</translation>
    </message>
    <message>
        <source>This model records no sensitivity and specificity measured on images its threshold was not chosen on, so how often a call is right is not shown.</source>
        <translation>لا يسجّل هذا النموذج حساسية ونوعية مقيستين على صور غير تلك التي اختيرت عليها عتبته، لذا لا تُعرض نسبة صحة النتائج.</translation>
    </message>
    <message>
        <source>How often a %1 call is right cannot be computed from the figures in force (sensitivity %2, specificity %3).</source>
        <translation>لا يمكن حساب نسبة صحة نتائج «%1» من القيم المعمول بها (الحساسية %2، النوعية %3).</translation>
    </message>
    <message>
        <source>At a pneumonia prevalence of %1, %2 of %3 calls are right (%4%5). From sensitivity %6 and specificity %7 measured on %8.</source>
        <translation>عند معدل انتشار للالتهاب الرئوي قدره %1، تكون %2 من نتائج «%3» صحيحة (%4%5). استنادًا إلى حساسية %6 ونوعية %7 مقيستين على %8.</translation>
    </message>
    <message>
        <source>; 95 % range %1–%2</source>
        <translation>؛ مدى 95 %: %1–%2</translation>
    </message>
    <message>
        <source>over 99 %</source>
        <translation>أكثر من 99 %</translation>
    </message>
    <message>
        <source>under 1 %</source>
        <translation>أقل من 1 %</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>PPV</source>
        <translation>القيمة التنبؤية الإيجابية</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>القيمة التنبؤية السلبية</translation>
    </message>
</context>
</TS>
