<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>, made %1</source>
            <translation>, أُنشئ في %1</translation>
        </message>
        <message>
            <source>&lt;br/&gt;Bundle identity (sha256 of bundle.json, covering every file and decision parameter):&lt;br/&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br/&gt;Operating point: </source>
            <translation>&lt;br/&gt;هوية الحزمة (sha256 للملف bundle.json، وتشمل كل ملف وكل معامل من معاملات القرار):&lt;br/&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br/&gt;نقطة التشغيل: </translation>
        </message>
        <message>
            <source>site profile %1, identity &lt;code&gt;%2&lt;/code&gt;</source>
            <translation>ملف تعريف الموقع %1، الهوية &lt;code&gt;%2&lt;/code&gt;</translation>
        </message>
        <message>
            <source>the model's own (no site profile)</source>
            <translation>الخاصة بالنموذج نفسه (دون ملف تعريف للموقع)</translation>
        </message>
        <message>
            <source>no model installed</source>
            <translation>لا يوجد نموذج مثبّت</translation>
        </message>
        <message>
            <source>installed build</source>
            <translation>إصدار مثبّت</translation>
        </message>
        <message>
            <source>run from source</source>
            <translation>تشغيل من الشيفرة المصدرية</translation>
        </message>
        <message>
            <source>&lt;br/&gt;&lt;b&gt;Local support:&lt;/b&gt; %1</source>
            <translation>&lt;br/&gt;&lt;b&gt;الدعم المحلي:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Pneumoscan %1&lt;/h3&gt;&lt;p&gt;Decision support for reading pediatric chest X-rays (NORMAL / PNEUMONIA).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Pneumoscan %1&lt;/h3&gt;&lt;p&gt;دعم القرار في قراءة صور الصدر بالأشعة السينية للأطفال (طبيعي / التهاب رئوي).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Manufacturer:&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;Contact:&lt;/b&gt; %2%3&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;الجهة المصنّعة:&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;جهة الاتصال:&lt;/b&gt; %2%3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Model:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;النموذج:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Software:&lt;/b&gt; %1 (%2)&lt;br/&gt;&lt;b&gt;Inference:&lt;/b&gt; %3&lt;br/&gt;&lt;b&gt;Log folder:&lt;/b&gt; %4&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;البرمجيات:&lt;/b&gt; %1 (%2)&lt;br/&gt;&lt;b&gt;الاستدلال:&lt;/b&gt; %3&lt;br/&gt;&lt;b&gt;مجلد السجلات:&lt;/b&gt; %4&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not loaded</source>
            <translation>غير محمَّل</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Risks that remain&lt;/b&gt; (the hazard log, %1 in the source, ties every known hazard to its control and its test):&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;مخاطر متبقية&lt;/b&gt; (سجل المخاطر، %1 في الشيفرة المصدرية، يربط كل خطر معروف بإجراء ضبطه واختباره):&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Readings cannot be recorded</source>
            <translation>لا يمكن تسجيل القراءات</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>بطاقة النموذج</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>About Pneumoscan</source>
            <translation>حول Pneumoscan</translation>
        </message>
        <message>
            <source>Reader: %1</source>
            <translation>القارئ: %1</translation>
        </message>
        <message>
            <source>No images received yet</source>
            <translation>لم تُستقبَل أي صور بعد</translation>
        </message>
        <message>
            <source>The DICOM node's store (%1) is empty: turn the node on in Analyse ▸ DICOM node… and send images to it.</source>
            <translation>مخزن عقدة DICOM (%1) فارغ: شغّل العقدة من تحليل ▸ عقدة DICOM… وأرسل الصور إليها.</translation>
        </message>
        <message>
            <source>The audit log is not being written</source>
            <translation>سجل التدقيق لا يُكتب</translation>
        </message>
        <message>
            <source>Pneumoscan could not write its audit log (%1): results and exports since then are not recorded in it. Free some disk space or ask for write access to the folder, then restart Pneumoscan.</source>
            <translation>تعذّر على Pneumoscan كتابة سجل التدقيق (%1): النتائج وعمليات التصدير منذ ذلك الحين غير مسجّلة فيه. أفرغ بعض المساحة على القرص أو اطلب صلاحية الكتابة في المجلد، ثم أعد تشغيل Pneumoscan.</translation>
        </message>
        <message>
            <source>Audit log: %1</source>
            <translation>سجل التدقيق: %1</translation>
        </message>
        <message>
            <source>Pneumoscan: %1 failed</source>
            <translation>Pneumoscan: فشل %1</translation>
        </message>
        <message>
            <source>Details are in the log folder (%1).</source>
            <translation>التفاصيل موجودة في مجلد السجلات (%1).</translation>
        </message>
        <message>
            <source>Settings changed: %1 result(s) are being decided again under them (from the stored model outputs where possible).</source>
            <translation>تغيّرت الإعدادات: يُعاد تحديد النتائج وفقًا لها (عددها %1)، انطلاقًا من مخرجات النموذج المحفوظة حيثما أمكن.</translation>
        </message>
        <message>
            <source>The new settings apply when the running batch finishes; its results are then decided again under them.</source>
            <translation>تُطبَّق الإعدادات الجديدة عند انتهاء الدفعة الجارية؛ ثم يُعاد تحديد نتائجها وفقًا لها.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>All entries</source>
            <translation>كل الإدخالات</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>القراءات</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <source>Exports and reports</source>
            <translation>عمليات التصدير والتقارير</translation>
        </message>
        <message>
            <source>Model, settings, site profile and readers</source>
            <translation>النموذج والإعدادات وملف تعريف الموقع والقرّاء</translation>
        </message>
        <message>
            <source>&lt;p&gt;Audit log: %1 (newest first, %2 entries shown)&lt;/p&gt;</source>
            <translation>&lt;p&gt;سجل التدقيق: %1 (الأحدث أولًا، عدد الإدخالات المعروضة: %2)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>time (local)</source>
            <translation>الوقت (المحلي)</translation>
        </message>
        <message>
            <source>account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>what</source>
            <translation>الحدث</translation>
        </message>
        <message>
            <source>file</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>سجل التدقيق</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
    </context>
    <context>
        <name>BatchController</name>
        <message>
            <source>%1 of the %2 image(s) asked for are being analysed now; the others already have results at the settings in force.</source>
            <translation>يجري الآن تحليل %1 من الصور المطلوبة البالغ عددها %2؛ أما البقية فلها نتائج بالفعل بالإعدادات المعمول بها.</translation>
        </message>
        <message>
            <source>Nothing to analyse: the %1 image(s) asked for already have results at the settings in force (files that are not images cannot be analysed).</source>
            <translation>لا شيء لتحليله: الصور المطلوبة (وعددها %1) لها نتائج بالفعل بالإعدادات المعمول بها (لا يمكن تحليل الملفات التي ليست صورًا).</translation>
        </message>
        <message>
            <source>No images to analyse.</source>
            <translation>لا توجد صور لتحليلها.</translation>
        </message>
        <message>
            <source>%1 image(s) queued: they are analysed when the current batch or the model loading finishes.</source>
            <translation>أُضيفت صور إلى قائمة الانتظار (عددها %1): ستُحلَّل عند انتهاء الدفعة الحالية أو انتهاء تحميل النموذج.</translation>
        </message>
        <message>
            <source>%1 img/s, about %2 s left</source>
            <translation>%1 صورة/ث، يتبقى نحو %2 ث</translation>
        </message>
    </context>
    <context>
        <name>BatchSummary</name>
        <message>
            <source>&lt;br/&gt;%1 other file(s) in the folder are not images (filter: %2).</source>
            <translation>&lt;br/&gt;عدد الملفات الأخرى في المجلد التي ليست صورًا: %1 (التصفية: %2).</translation>
        </message>
        <message>
            <source>&lt;br/&gt;Readings: </source>
            <translation>&lt;br/&gt;القراءات: </translation>
        </message>
        <message>
            <source>&lt;br/&gt;&lt;b&gt;In the list: %1, %2&lt;/b&gt; &amp;nbsp;</source>
            <translation>&lt;br/&gt;&lt;b&gt;في القائمة: %1، %2&lt;/b&gt; &amp;nbsp;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Batch cancelled:&lt;/b&gt; %1 of %2 images in %3 s (%4 images/s)&lt;br/&gt;</source>
            <translation>&lt;b&gt;أُلغيت الدفعة:&lt;/b&gt; %1 من %2 صورة في %3 ث (%4 صورة/ث)&lt;br/&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Batch finished:&lt;/b&gt; %1 of %2 images in %3 s (%4 images/s)&lt;br/&gt;</source>
            <translation>&lt;b&gt;اكتملت الدفعة:&lt;/b&gt; %1 من %2 صورة في %3 ث (%4 صورة/ث)&lt;br/&gt;</translation>
        </message>
    </context>
    <context>
        <name>BatchSummaryWidget</name>
        <message>
            <source>Dismiss the batch summary</source>
            <translation>إغلاق ملخص الدفعة</translation>
        </message>
    </context>
    <context>
        <name>BundleSession</name>
        <message>
            <source>No model installed — images can be opened and viewed, not analysed.</source>
            <translation>لا يوجد نموذج مثبّت — يمكن فتح الصور وعرضها، لا تحليلها.</translation>
        </message>
        <message>
            <source>Model problem</source>
            <translation>مشكلة في النموذج</translation>
        </message>
        <message>
            <source>The installed model cannot be used (see message).</source>
            <translation>لا يمكن استخدام النموذج المثبّت (انظر الرسالة).</translation>
        </message>
        <message>
            <source>Site profile not used</source>
            <translation>لم يُستخدم ملف تعريف الموقع</translation>
        </message>
        <message>
            <source>%1 The model's own operating point is used.</source>
            <translation>%1 تُستخدم نقطة التشغيل الخاصة بالنموذج.</translation>
        </message>
        <message>
            <source>Waiting for you to confirm the model bundle…</source>
            <translation>بانتظار تأكيدك لحزمة النموذج…</translation>
        </message>
        <message>
            <source>The model bundle was not trusted — images can be viewed, not analysed.</source>
            <translation>لم تُعتمد حزمة النموذج على أنها موثوقة — يمكن عرض الصور، لا تحليلها.</translation>
        </message>
        <message>
            <source>Loading model %1…</source>
            <translation>جارٍ تحميل النموذج %1…</translation>
        </message>
        <message>
            <source>loading the model</source>
            <translation>تحميل النموذج</translation>
        </message>
        <message>
            <source>Model could not be loaded — images can still be viewed.</source>
            <translation>تعذّر تحميل النموذج — لا يزال بالإمكان عرض الصور.</translation>
        </message>
        <message>
            <source>  — RELAXED input checks: %1</source>
            <translation>  — فحوص الصورة المُدخلة مُخفَّفة: %1</translation>
        </message>
        <message>
            <source>Model %1 ready on %2</source>
            <translation>النموذج %1 جاهز على %2</translation>
        </message>
    </context>
    <context>
        <name>ClinicianController</name>
        <message>
            <source>Open and select an image first.</source>
            <translation>افتح صورة وحدّدها أولًا.</translation>
        </message>
        <message>
            <source>This file changed since it was analysed: analyse it again before recording a reading.</source>
            <translation>تغيّر هذا الملف منذ تحليله: حلّله من جديد قبل تسجيل قراءة.</translation>
        </message>
        <message>
            <source>The image is still being shown: try again in a moment.</source>
            <translation>لا تزال الصورة قيد العرض: أعد المحاولة بعد لحظة.</translation>
        </message>
        <message>
            <source>Only an analysed image's result can be read here.</source>
            <translation>لا يمكن هنا قراءة إلا نتيجة صورة حُلِّلت.</translation>
        </message>
        <message>
            <source>Saved: %1 (%2), %3. Undo: Ctrl+Z.</source>
            <translation>حُفظت: %1 (%2)، %3. للتراجع: ⁦Ctrl+Z⁩.</translation>
        </message>
        <message>
            <source>Saved your reading %1 of %2 (%3) by %4.</source>
            <translation>حُفظت قراءتك %1 للملف %2 (%3) باسم %4.</translation>
        </message>
        <message>
            <source>Not yours to undo</source>
            <translation>لا يحق لك التراجع عن هذا</translation>
        </message>
        <message>
            <source>Not yours to clear</source>
            <translation>لا يحق لك مسح هذا</translation>
        </message>
        <message>
            <source>This was recorded by %1. Only %1 can undo it: choose %1 as the reader (Reading &gt; Who is reading...). You can record your own reading instead; both stay in the history.</source>
            <translation>سجّل هذا %1. لا يمكن التراجع عنه إلا لـ %1: اختر %1 قارئًا (القراءة &gt; من يقرأ...). ويمكنك بدلًا من ذلك تسجيل قراءتك الخاصة؛ وتبقى القراءتان كلتاهما في السجل التاريخي.</translation>
        </message>
        <message>
            <source>This was recorded by %1. Only %1 can clear it: choose %1 as the reader (Reading &gt; Who is reading...). You can record your own reading instead; both stay in the history.</source>
            <translation>سجّل هذا %1. لا يمكن مسحه إلا لـ %1: اختر %1 قارئًا (القراءة &gt; من يقرأ...). ويمكنك بدلًا من ذلك تسجيل قراءتك الخاصة؛ وتبقى القراءتان كلتاهما في السجل التاريخي.</translation>
        </message>
        <message>
            <source>The note could not be kept as a draft: %1</source>
            <translation>تعذّر الاحتفاظ بالملاحظة كمسودة: %1</translation>
        </message>
        <message>
            <source>Undone: the reading is %1 again.</source>
            <translation>تم التراجع: عادت القراءة %1.</translation>
        </message>
        <message>
            <source>Undone: this image has no reading now.</source>
            <translation>تم التراجع: لا قراءة لهذه الصورة الآن.</translation>
        </message>
        <message>
            <source>Cleared: this image has no reading now (Undo brings it back).</source>
            <translation>مُسحت: لا قراءة لهذه الصورة الآن (يعيدها التراجع).</translation>
        </message>
        <message>
            <source> The note is kept as a draft.</source>
            <translation> احتُفظ بالملاحظة كمسودة.</translation>
        </message>
        <message>
            <source>Your reading was NOT saved</source>
            <translation>لم تُحفظ قراءتك</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>لم تُحفظ: %1</translation>
        </message>
        <message>
            <source>The note is kept as a draft: record your reading (NORMAL, PNEUMONIA or Unsure) to save it with the reading.</source>
            <translation>احتُفظ بالملاحظة كمسودة: سجّل قراءتك (طبيعي أو التهاب رئوي أو غير متأكد) لحفظها مع القراءة.</translation>
        </message>
        <message>
            <source>The draft note could not be kept: %1</source>
            <translation>تعذّر الاحتفاظ بمسودة الملاحظة: %1</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>لا شيء للطباعة</translation>
        </message>
        <message>
            <source>Analyse images first.</source>
            <translation>حلّل الصور أولًا.</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>حفظ التقرير بصيغة PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report</source>
            <translation>التقرير</translation>
        </message>
        <message>
            <source>Printing %1 page(s)…</source>
            <translation>جارٍ طباعة الصفحات (عددها %1)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>طباعة التقرير</translation>
        </message>
        <message>
            <source>printing the report</source>
            <translation>طباعة التقرير</translation>
        </message>
        <message>
            <source>Report cancelled: no file was written.</source>
            <translation>أُلغي التقرير: لم يُكتب أي ملف.</translation>
        </message>
        <message>
            <source>Report of %1 written to %2</source>
            <translation>كُتب تقرير %1 في %2</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>كُتب التقرير في %1</translation>
        </message>
        <message>
            <source>site calibration</source>
            <translation>معايرة الموقع</translation>
        </message>
        <message>
            <source>Site calibration</source>
            <translation>معايرة الموقع</translation>
        </message>
        <message>
            <source>Calibrate to this clinic</source>
            <translation>المعايرة حسب هذه العيادة</translation>
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
        <name>Counts</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n صف</numerusform>
                <numerusform>%n صف</numerusform>
                <numerusform>%n صفان</numerusform>
                <numerusform>%n صفوف</numerusform>
                <numerusform>%n صفًا</numerusform>
                <numerusform>%n صف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n study(-ies)</source>
            <translation>
                <numerusform>%n دراسة</numerusform>
                <numerusform>%n دراسة</numerusform>
                <numerusform>%n دراستان</numerusform>
                <numerusform>%n دراسات</numerusform>
                <numerusform>%n دراسة</numerusform>
                <numerusform>%n دراسة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n صورة</numerusform>
                <numerusform>%n صورة</numerusform>
                <numerusform>%n صورتان</numerusform>
                <numerusform>%n صور</numerusform>
                <numerusform>%n صورة</numerusform>
                <numerusform>%n صورة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n عنصر</numerusform>
                <numerusform>%n عنصر</numerusform>
                <numerusform>%n عنصران</numerusform>
                <numerusform>%n عناصر</numerusform>
                <numerusform>%n عنصرًا</numerusform>
                <numerusform>%n عنصر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overlay(s)</source>
            <translation>
                <numerusform>%n خريطة مركّبة</numerusform>
                <numerusform>%n خريطة مركّبة</numerusform>
                <numerusform>%n خريطتان مركّبتان</numerusform>
                <numerusform>%n خرائط مركّبة</numerusform>
                <numerusform>%n خريطة مركّبة</numerusform>
                <numerusform>%n خريطة مركّبة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحتان</numerusform>
                <numerusform>%n صفحات</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages (a summary, then one page per image)</source>
            <translation>
                <numerusform>%n صفحة (ملخص، ثم صفحة لكل صورة)</numerusform>
                <numerusform>%n صفحة (ملخص، ثم صفحة لكل صورة)</numerusform>
                <numerusform>%n صفحتان (ملخص، ثم صفحة لكل صورة)</numerusform>
                <numerusform>%n صفحات (ملخص، ثم صفحة لكل صورة)</numerusform>
                <numerusform>%n صفحة (ملخص، ثم صفحة لكل صورة)</numerusform>
                <numerusform>%n صفحة (ملخص، ثم صفحة لكل صورة)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>⚑ RELAXED input check (settings): %1</source>
            <translation>⚑ فحص مُخفَّف للصورة المُدخلة (الإعدادات): %1</translation>
        </message>
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
            <translation>سجّل قراءتك الخاصة لهذه الصورة: %1 (%2). تُحفظ فورًا باسمك؛ ويُلغيها التراجع (⁦Ctrl+Z⁩).</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Undo your last act on this image's reading (Ctrl+Z); recorded in the audit log</source>
            <translation>التراجع عن آخر إجراء لك على قراءة هذه الصورة (⁦Ctrl+Z⁩)؛ يُسجَّل في سجل التدقيق</translation>
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
            <translation>ملاحظة (⁦Alt+N⁩؛ يحفظها Enter مع قراءتك):</translation>
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
            <translation>لا قراءة بعد: سجّل قراءتك (⁦Ctrl+Shift+N / P / U⁩).</translation>
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
            <source>&lt;span style='color:#a05000'&gt;&lt;b&gt;Read again:&lt;/b&gt; the reading %1 by %2 (%3) was made on an earlier result (%4). The result has changed since (another operating point, model or setting): record your reading of this result.&lt;/span&gt;</source>
            <translation>&lt;span style='color:#a05000'&gt;&lt;b&gt;أعد القراءة:&lt;/b&gt; القراءة %1 التي سجّلها %2 (%3) أُجريت على نتيجة سابقة (%4). تغيّرت النتيجة منذ ذلك الحين (نقطة تشغيل أو نموذج أو إعداد آخر): سجّل قراءتك لهذه النتيجة.&lt;/span&gt;</translation>
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
            <source>Changed since it was analysed</source>
            <translation>تغيّر منذ تحليله</translation>
        </message>
        <message>
            <source>No score: the input check withheld it. Why:</source>
            <translation>لا درجة: حجبها فحص الصورة المُدخلة. السبب:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الأبعاد</translation>
        </message>
        <message>
            <source>%1 x %2 px</source>
            <translation>%1 x %2 بكسل</translation>
        </message>
        <message>
            <source>Bit depth</source>
            <translation>عمق البت</translation>
        </message>
        <message>
            <source>Window (file)</source>
            <translation>النافذة (من الملف)</translation>
        </message>
        <message>
            <source>Raw score (audit only)</source>
            <translation>الدرجة الخام (للتدقيق فقط)</translation>
        </message>
        <message>
            <source>Out-of-distribution score</source>
            <translation>درجة الخروج عن التوزيع</translation>
        </message>
        <message>
            <source>Adult-appearance score</source>
            <translation>درجة المظهر البالغ</translation>
        </message>
        <message>
            <source>Relaxed checks (settings)</source>
            <translation>الفحوص المخففة (الإعدادات)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>النموذج</translation>
        </message>
        <message>
            <source>Bundle identity</source>
            <translation>هوية الحزمة</translation>
        </message>
        <message>
            <source>Site profile</source>
            <translation>ملف تعريف الموقع</translation>
        </message>
        <message>
            <source>none (the model's own operating point)</source>
            <translation>لا يوجد (نقطة التشغيل الخاصة بالنموذج)</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>جهاز الحساب</translation>
        </message>
    </context>
    <context>
        <name>DicomNodeDialog</name>
        <message>
            <source>&lt;p&gt;With the node on, the X-ray unit sends images straight to Pneumoscan: enter this workstation's &lt;b&gt;AE title&lt;/b&gt;, its &lt;b&gt;IP address&lt;/b&gt; and the &lt;b&gt;port&lt;/b&gt; below as a DICOM destination on the unit. Each image is kept in the store folder and analysed at once; it appears at the top of the study list, with its study.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What leaves this workstation:&lt;/b&gt; nothing, unless &lt;b&gt;Send results to&lt;/b&gt; names a destination. Then, for each analysed image, a picture of the result (the image, heatmap, result and score burned in) and a structured report go to that one destination -- marked as decision support, not for diagnosis -- and a reading you record is sent again as a verified report with your name. Nothing is sent anywhere else.&lt;/p&gt;</source>
            <translation>&lt;p&gt;عند تشغيل العقدة، يرسل جهاز الأشعة السينية الصور مباشرة إلى Pneumoscan: أدخل &lt;b&gt;AE title&lt;/b&gt; لمحطة العمل هذه و&lt;b&gt;عنوان IP&lt;/b&gt; الخاص بها و&lt;b&gt;المنفذ&lt;/b&gt; المبيَّنة أدناه بوصفها وجهة DICOM على الجهاز. تُحفظ كل صورة في مجلد التخزين وتُحلَّل فورًا؛ وتظهر في أعلى قائمة الدراسات مع دراستها.&lt;/p&gt;&lt;p&gt;&lt;b&gt;ما يغادر محطة العمل هذه:&lt;/b&gt; لا شيء، ما لم تُحدَّد وجهةٌ في &lt;b&gt;إرسال النتائج إلى&lt;/b&gt;. وعندئذ تُرسَل لكل صورة مُحلَّلة صورةٌ للنتيجة (الصورة والخريطة الحرارية والنتيجة والدرجة مطبوعة فيها) وتقريرٌ منظَّم إلى تلك الوجهة وحدها -- موسومين بأنهما دعم للقرار وليسا للتشخيص -- وتُرسَل القراءة التي تسجّلها مرة أخرى بوصفها تقريرًا موثَّقًا يحمل اسمك. لا يُرسَل أي شيء إلى أي مكان آخر.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>DICOM node</source>
            <translation>عقدة DICOM</translation>
        </message>
        <message>
            <source>Receive images from the X-ray unit (DICOM node)</source>
            <translation>استقبال الصور من جهاز الأشعة السينية (عقدة DICOM)</translation>
        </message>
        <message>
            <source>0.0.0.0: every network connection of this computer (the X-ray unit can reach it); 127.0.0.1: this computer only (for testing)</source>
            <translation>0.0.0.0: كل اتصالات الشبكة في هذا الحاسوب (يمكن لجهاز الأشعة السينية الوصول إليه)؛ 127.0.0.1: هذا الحاسوب فقط (للاختبار)</translation>
        </message>
        <message>
            <source>This computer's address for the X-ray unit: %1</source>
            <translation>عنوان هذا الحاسوب لجهاز الأشعة السينية: %1</translation>
        </message>
        <message>
            <source>no network address found (is the network cable connected?)</source>
            <translation>لم يُعثر على عنوان شبكة (هل كابل الشبكة موصول؟)</translation>
        </message>
        <message>
            <source>any sender (or e.g. XRAY1, XRAY2)</source>
            <translation>أي مُرسِل (أو مثلًا XRAY1, XRAY2)</translation>
        </message>
        <message>
            <source>nothing is sent (or e.g. PACS@192.168.1.20:104)</source>
            <translation>لا يُرسَل شيء (أو مثلًا PACS@192.168.1.20:104)</translation>
        </message>
        <message>
            <source>no folder is watched</source>
            <translation>لا يُراقَب أي مجلد</translation>
        </message>
        <message>
            <source>Test the destination</source>
            <translation>اختبار الوجهة</translation>
        </message>
        <message>
            <source>Send a DICOM echo (C-ECHO) to the destination and say whether it answers</source>
            <translation>إرسال صدى DICOM (C-ECHO) إلى الوجهة وبيان ما إذا كانت تستجيب</translation>
        </message>
        <message>
            <source>AE title</source>
            <translation>AE title</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>المنفذ</translation>
        </message>
        <message>
            <source>Listen on</source>
            <translation>الاستماع على</translation>
        </message>
        <message>
            <source>Only from (AE titles)</source>
            <translation>فقط من (AE titles)</translation>
        </message>
        <message>
            <source>Store received images in</source>
            <translation>تخزين الصور المستقبَلة في</translation>
        </message>
        <message>
            <source>Send results to</source>
            <translation>إرسال النتائج إلى</translation>
        </message>
        <message>
            <source>Also watch this folder</source>
            <translation>مراقبة هذا المجلد أيضًا</translation>
        </message>
        <message>
            <source>Not running: %1</source>
            <translation>لا تعمل: %1</translation>
        </message>
        <message>
            <source>Asking %1…</source>
            <translation>جارٍ الاستعلام من %1…</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>%1 days</source>
            <translation>%1 يوم</translation>
        </message>
        <message>
            <source>%1 day</source>
            <translation>%1 يوم</translation>
        </message>
        <message>
            <source>%1 weeks</source>
            <translation>%1 أسبوع</translation>
        </message>
        <message>
            <source>%1 week</source>
            <translation>%1 أسبوع</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 شهر</translation>
        </message>
        <message>
            <source>%1 month</source>
            <translation>%1 شهر</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>%1 سنة</translation>
        </message>
        <message>
            <source>%1 year</source>
            <translation>%1 سنة</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>Age / sex</source>
            <translation>العمر / الجنس</translation>
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
            <source>Laterality</source>
            <translation>الجانب</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>رقم الدخول</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>المؤسسة</translation>
        </message>
        <message>
            <source>not in the file</source>
            <translation>غير موجود في الملف</translation>
        </message>
        <message>
            <source> (from the dates)</source>
            <translation> (محسوب من التواريخ)</translation>
        </message>
        <message>
            <source>other</source>
            <translation>آخر</translation>
        </message>
        <message>
            <source>age not recorded</source>
            <translation>العمر غير مسجل</translation>
        </message>
        <message>
            <source>sex not recorded</source>
            <translation>الجنس غير مسجل</translation>
        </message>
        <message>
            <source>A %1 file holds no patient name, ID or age:</source>
            <translation>ملف %1 لا يتضمن اسم المريض أو معرّفه أو عمره:</translation>
        </message>
        <message>
            <source>check the file name and folder</source>
            <translation>تحقّق من اسم الملف والمجلد</translation>
        </message>
    </context>
    <context>
        <name>Echo</name>
        <message>
            <source>%1 cannot be reached: %2</source>
            <translation>تعذّر الوصول إلى %1: %2</translation>
        </message>
        <message>
            <source>%1 refused the connection: add %2 to its known senders, and check its AE title.</source>
            <translation>رفض %1 الاتصال: أضف %2 إلى قائمة المرسلين المعروفين لديه، وتحقق من عنوان AE الخاص به.</translation>
        </message>
        <message>
            <source>%1 does not answer: check the address and port, and that it is switched on.</source>
            <translation>لا يستجيب %1: تحقق من العنوان والمنفذ، ومن أنه قيد التشغيل.</translation>
        </message>
        <message>
            <source>%1 answers: results can be sent.</source>
            <translation>يستجيب %1: يمكن إرسال النتائج.</translation>
        </message>
        <message>
            <source>%1 answered %2.</source>
            <translation>أجاب %1 بالرمز %2.</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>Nothing to export</source>
            <translation>لا شيء للتصدير</translation>
        </message>
        <message>
            <source>Open and analyse images first.</source>
            <translation>افتح الصور وحلّلها أولًا.</translation>
        </message>
        <message>
            <source>Export the results of:</source>
            <translation>تصدير نتائج:</translation>
        </message>
        <message>
            <source>

%1 image(s) in the list are not analysed yet: they are written with error_code not_analysed and no result. Export again when the analysis has finished.</source>
            <translation>

في القائمة صور لم تُحلَّل بعد (عددها %1): تُكتب مع error_code not_analysed ومن دون نتيجة. صدِّر مرة أخرى عند انتهاء التحليل.</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>تصدير CSV</translation>
        </message>
        <message>
            <source>Export %1 as CSV</source>
            <translation>تصدير %1 بصيغة CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <source>The CSV</source>
            <translation>ملف CSV</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>لا يوجد نموذج</translation>
        </message>
        <message>
            <source>Results can be exported once the model is loaded.</source>
            <translation>يمكن تصدير النتائج بعد تحميل النموذج.</translation>
        </message>
        <message>
            <source>CSV export</source>
            <translation>تصدير CSV</translation>
        </message>
        <message>
            <source>No analysed images to export heatmaps for.</source>
            <translation>لا توجد صور مُحلَّلة لتصدير خرائطها الحرارية.</translation>
        </message>
        <message>
            <source>Export heatmap overlays</source>
            <translation>تصدير الخرائط الحرارية المركّبة</translation>
        </message>
        <message>
            <source>Export the heatmap overlays of:</source>
            <translation>تصدير الخرائط الحرارية المركّبة لـ:</translation>
        </message>
        <message>
            <source>Folder for the heatmap overlays of %1</source>
            <translation>مجلد الخرائط الحرارية المركّبة لـ %1</translation>
        </message>
        <message>
            <source>The heatmap folder</source>
            <translation>مجلد الخرائط الحرارية</translation>
        </message>
        <message>
            <source>heatmap export</source>
            <translation>تصدير الخرائط الحرارية</translation>
        </message>
        <message>
            <source>Exported %1 to %2</source>
            <translation>تم تصدير %1 إلى %2</translation>
        </message>
        <message>
            <source>Exported %1 (%2) to %3</source>
            <translation>تم تصدير %1 (%2) إلى %3</translation>
        </message>
        <message>
            <source> — %1 of them not analysed yet</source>
            <translation> — %1 منها لم تُحلَّل بعد</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message>
            <source>This is a %1 image, not a plain chest X-ray.</source>
            <translation>هذه صورة من نوع %1، وليست صورة صدر عادية بالأشعة السينية.</translation>
        </message>
        <message>
            <source>Modality %1; the model reads %2 radiographs only.</source>
            <translation>Modality %1؛ لا يقرأ النموذج إلا الصور الشعاعية من نوع %2.</translation>
        </message>
        <message>
            <source>The file says the body part is %1, not the chest.</source>
            <translation>يذكر الملف أن جزء الجسم هو %1، وليس الصدر.</translation>
        </message>
        <message>
            <source>BodyPartExamined %1; the model reads chest X-rays only.</source>
            <translation>BodyPartExamined %1؛ لا يقرأ النموذج إلا صور الصدر بالأشعة السينية.</translation>
        </message>
        <message>
            <source>This is a lateral view; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>هذا منظر جانبي؛ لا يقرأ النموذج إلا صور الصدر الأمامية (AP/PA) بالأشعة السينية.</translation>
        </message>
        <message>
            <source>The view is %1; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>المنظر هو %1؛ لا يقرأ النموذج إلا صور الصدر الأمامية (AP/PA) بالأشعة السينية.</translation>
        </message>
        <message>
            <source>ViewPosition %1.</source>
            <translation>ViewPosition %1.</translation>
        </message>
        <message>
            <source>The file says this is a lateral view; the model reads frontal (AP/PA) chest X-rays only.</source>
            <translation>يذكر الملف أن هذا منظر جانبي؛ لا يقرأ النموذج إلا صور الصدر الأمامية (AP/PA) بالأشعة السينية.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>The stated age (%1) is over %2 years.</source>
            <translation>العمر المذكور (%1) يتجاوز %2 سنة.</translation>
        </message>
        <message>
            <source>The patient's age in the file cannot be right, so it cannot be checked.</source>
            <translation>عمر المريض المذكور في الملف لا يمكن أن يكون صحيحًا، لذا يتعذّر التحقق منه.</translation>
        </message>
        <message>
            <source>%1 The model is meant for patients aged %2-%3.</source>
            <translation>%1 النموذج مخصَّص للمرضى الذين تتراوح أعمارهم بين %2 و%3 سنوات.</translation>
        </message>
        <message>
            <source>The patient's age in the file cannot be read, so it cannot be checked.</source>
            <translation>تتعذّر قراءة عمر المريض المذكور في الملف، لذا يتعذّر التحقق منه.</translation>
        </message>
        <message>
            <source>PatientAge %1; the model is meant for patients aged %2-%3. Correct the age in the source system.</source>
            <translation>PatientAge %1؛ النموذج مخصَّص للمرضى الذين تتراوح أعمارهم بين %2 و%3 سنوات. صحّح العمر في النظام المصدر.</translation>
        </message>
        <message>
            <source>The patient is %1; the model is meant for children aged %2-%3.</source>
            <translation>عمر المريض %1؛ والنموذج مخصَّص للأطفال الذين تتراوح أعمارهم بين %2 و%3 سنوات.</translation>
        </message>
        <message>
            <source>PatientAge %1; trained on children aged %2-%3.</source>
            <translation>PatientAge %1؛ دُرِّب النموذج على أطفال تتراوح أعمارهم بين %2 و%3 سنوات.</translation>
        </message>
        <message>
            <source>%1 month old</source>
            <translation>%1 شهر</translation>
        </message>
        <message>
            <source>%1 months old</source>
            <translation>%1 أشهر</translation>
        </message>
        <message>
            <source>%1 years old</source>
            <translation>%1 سنة</translation>
        </message>
        <message>
            <source>The image does not look like the children's chest X-rays the model was trained on.</source>
            <translation>لا تشبه الصورة صور الصدر بالأشعة السينية للأطفال التي دُرِّب عليها النموذج.</translation>
        </message>
        <message>
            <source>Out-of-distribution score %1, cut-off %2. It may be a lateral view, an adult's or another body part's radiograph, another kind of image, a photograph or a document.</source>
            <translation>درجة الخروج عن التوزيع %1، والحد الفاصل %2. قد تكون منظرًا جانبيًا، أو صورة شعاعية لبالغ أو لجزء آخر من الجسم، أو نوعًا آخر من الصور، أو صورة فوتوغرافية، أو مستندًا.</translation>
        </message>
        <message>
            <source>It looks like an adult's radiograph; the model reads children's chest X-rays.</source>
            <translation>تبدو صورة شعاعية لبالغ؛ والنموذج يقرأ صور الصدر بالأشعة السينية للأطفال.</translation>
        </message>
        <message>
            <source>Adult-appearance score %1, cut-off %2.</source>
            <translation>درجة المظهر البالغ %1، والحد الفاصل %2.</translation>
        </message>
        <message>
            <source>The file states no age. If the patient is a child, the age check can be relaxed in Settings for images with no recorded age, up to a stated age (recorded with the result).</source>
            <translation>لا يذكر الملف أي عمر. إذا كان المريض طفلًا، يمكن تخفيف فحص العمر في الإعدادات للصور التي لا عمر مسجلًا لها، حتى عمر محدد (يُسجَّل مع النتيجة).</translation>
        </message>
        <message>
            <source>The file says the patient is %1: check that the image belongs to this patient.</source>
            <translation>يذكر الملف أن عمر المريض %1: تحقّق من أن الصورة تخص هذا المريض.</translation>
        </message>
        <message>
            <source>age: images with no recorded age assessed as children up to %1 years (adult-appearance check skipped for them)</source>
            <translation>العمر: الصور التي لا عمر مسجلًا لها تُقيَّم على أنها لأطفال حتى عمر %1 (بالسنوات) (مع تخطّي فحص المظهر البالغ لها)</translation>
        </message>
        <message>
            <source>%1 check relaxed</source>
            <translation>فحص %1 مُخفَّف</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Right-drag</source>
            <translation>السحب بالزر الأيمن</translation>
        </message>
        <message>
            <source>Window / level</source>
            <translation>النافذة / المستوى</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>عجلة الفأرة</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>التكبير</translation>
        </message>
        <message>
            <source>Left-drag</source>
            <translation>السحب بالزر الأيسر</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>التحريك</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Shift+Tab</translation>
        </message>
        <message>
            <source>Move between the list, the filter and the note</source>
            <translation>التنقل بين القائمة والتصفية والملاحظة</translation>
        </message>
        <message>
            <source>Typing in the study list</source>
            <translation>الكتابة في قائمة الدراسات</translation>
        </message>
        <message>
            <source>Does nothing: no letter moves the selection or records a reading</source>
            <translation>لا تفعل شيئًا: لا يحرّك أي حرف التحديد ولا يسجّل قراءة</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Keyboard and mouse&lt;/h3&gt;&lt;p&gt;Every shortcut that acts has a modifier (Ctrl, Alt) or is a function, arrow or Esc key: ordinary typing never records a reading or moves the selection.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;لوحة المفاتيح والفأرة&lt;/h3&gt;&lt;p&gt;كل اختصار يُنفِّذ إجراءً يتضمن مفتاح تعديل (Ctrl أو Alt) أو هو مفتاح وظيفي أو مفتاح سهم أو مفتاح Esc: الكتابة العادية لا تسجّل قراءة أبدًا ولا تحرّك التحديد.&lt;/p&gt;</translation>
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
        <name>Main</name>
        <message>
            <source>Pneumoscan cannot start safely</source>
            <translation>لا يمكن تشغيل Pneumoscan بأمان</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>خطأ غير متوقع</translation>
        </message>
        <message>
            <source>The details are in the log folder (Help › Open log folder).</source>
            <translation>التفاصيل موجودة في مجلد السجلات (مساعدة › فتح مجلد السجلات).</translation>
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
            <translation>من يقرأ: يُرفق اسمك بكل قراءة تسجّلها (⁦Ctrl+Shift+L⁩)</translation>
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
            <source>The study on screen by default; or the selected rows, the rows the filter shows, everything</source>
            <translation>الدراسة المعروضة على الشاشة افتراضيًا؛ أو الصفوف المحددة، أو الصفوف التي تُظهرها التصفية، أو كل شيء</translation>
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
            <source>Cancel the running analysis (asks first)</source>
            <translation>إلغاء التحليل الجاري (مع طلب التأكيد أولًا)</translation>
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
            <source>Every image in the node's store folder, with its result</source>
            <translation>كل صورة في مجلد التخزين الخاص بالعقدة، مع نتيجتها</translation>
        </message>
        <message>
            <source>DICOM node…</source>
            <translation>عقدة DICOM…</translation>
        </message>
        <message>
            <source>Receive images from the X-ray unit, watch a folder, send results to the PACS</source>
            <translation>استقبال الصور من جهاز الأشعة السينية، ومراقبة مجلد، وإرسال النتائج إلى PACS</translation>
        </message>
        <message>
            <source>My reading: NORMAL</source>
            <translation>قراءتي: طبيعي</translation>
        </message>
        <message>
            <source>Record your own reading of the image on screen: NORMAL (saved at once)</source>
            <translation>سجّل قراءتك الخاصة للصورة المعروضة على الشاشة: طبيعي (تُحفظ فورًا)</translation>
        </message>
        <message>
            <source>My reading: PNEUMONIA</source>
            <translation>قراءتي: التهاب رئوي</translation>
        </message>
        <message>
            <source>Record your own reading of the image on screen: PNEUMONIA (saved at once)</source>
            <translation>سجّل قراءتك الخاصة للصورة المعروضة على الشاشة: التهاب رئوي (تُحفظ فورًا)</translation>
        </message>
        <message>
            <source>My reading: unsure</source>
            <translation>قراءتي: غير متأكد</translation>
        </message>
        <message>
            <source>Record that you are unsure about the image on screen (saved at once)</source>
            <translation>سجّل أنك غير متأكد بشأن الصورة المعروضة على الشاشة (يُحفظ فورًا)</translation>
        </message>
        <message>
            <source>Undo my last act on this image's reading</source>
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
            <source>A PDF of the image on screen, the selected rows, the rows the filter shows or everything</source>
            <translation>ملف PDF للصورة المعروضة على الشاشة أو للصفوف المحددة أو للصفوف التي تُظهرها التصفية أو لكل شيء</translation>
        </message>
        <message>
            <source>Calibrate to this clinic…</source>
            <translation>المعايرة حسب هذه العيادة…</translation>
        </message>
        <message>
            <source>Refit the operating point on the images clinicians read (NORMAL / PNEUMONIA)</source>
            <translation>إعادة ضبط نقطة التشغيل على الصور التي قرأها الأطباء المعالجون (طبيعي / التهاب رئوي)</translation>
        </message>
        <message>
            <source>Use the model's own operating point</source>
            <translation>استخدام نقطة التشغيل الخاصة بالنموذج</translation>
        </message>
        <message>
            <source>Stop using the site profile</source>
            <translation>التوقف عن استخدام ملف تعريف الموقع</translation>
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
            <source>Keep each study's images together, a line between studies</source>
            <translation>إبقاء صور كل دراسة معًا، مع خط فاصل بين الدراسات</translation>
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
            <source>Show or hide the patient, study and file in the image's corners</source>
            <translation>إظهار أو إخفاء بيانات المريض والدراسة والملف في زوايا الصورة</translation>
        </message>
        <message>
            <source>Reset layout</source>
            <translation>إعادة تعيين التخطيط</translation>
        </message>
        <message>
            <source>Show the study list and result panels in their original places and sizes</source>
            <translation>إظهار قائمة الدراسات ولوحات النتائج في مواضعها وأحجامها الأصلية</translation>
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
        <message>
            <source>Typing in the study list does nothing. To write a note on this image press Alt+N; to record your reading use the buttons or Ctrl+Shift+N / P / U.</source>
            <translation>الكتابة في قائمة الدراسات لا تفعل شيئًا. لكتابة ملاحظة على هذه الصورة اضغط ⁦Alt+N⁩؛ ولتسجيل قراءتك استخدم الأزرار أو ⁦Ctrl+Shift+N / P / U⁩.</translation>
        </message>
        <message>
            <source>Cancel the analysis?</source>
            <translation>إلغاء التحليل؟</translation>
        </message>
        <message>
            <source>%1 of %2 images are analysed. Cancel the rest?

Finished results are kept; unfinished images stay “not analysed”.</source>
            <translation>حُلِّلت %1 من %2 صورة. هل تريد إلغاء الباقي؟

تُحفظ النتائج المكتملة؛ وتبقى الصور غير المكتملة «لم تُحلَّل».</translation>
        </message>
        <message>
            <source>Open chest X-rays</source>
            <translation>فتح صور الصدر بالأشعة السينية</translation>
        </message>
        <message>
            <source>Images (*.dcm *.dicom *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
            <translation>الصور (*.dcm *.dicom *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Open a study folder</source>
            <translation>فتح مجلد دراسة</translation>
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
        <name>ModelCard</name>
        <message>
            <source>&lt;h3&gt;No model installed&lt;/h3&gt;&lt;p&gt;Images can be opened and viewed, but not analysed.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;لا يوجد نموذج مثبّت&lt;/h3&gt;&lt;p&gt;يمكن فتح الصور وعرضها، ولكن لا يمكن تحليلها.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>- Architecture: %1; input %2x%3 px</source>
            <translation>- البنية: %1؛ المُدخل %2x%3 بكسل</translation>
        </message>
        <message>
            <source>- Bundle identity: `%1`</source>
            <translation>- هوية الحزمة: `%1`</translation>
        </message>
        <message>
            <source>- Decision threshold: score %1 of 100 (%2)</source>
            <translation>- عتبة القرار: الدرجة %1 من 100 (%2)</translation>
        </message>
        <message>
            <source>- Indeterminate band: scores %1-%2</source>
            <translation>- نطاق عدم الحسم: الدرجات %1-%2</translation>
        </message>
        <message>
            <source> (%1 of validation images)</source>
            <translation> (%1 من صور التحقق)</translation>
        </message>
        <message>
            <source>- Measured on %1: sensitivity %2, specificity %3</source>
            <translation>- مقيسة على %1: الحساسية %2، النوعية %3</translation>
        </message>
        <message>
            <source>_This bundle has no MODEL_CARD.md._</source>
            <translation>_لا تحتوي هذه الحزمة على MODEL_CARD.md._</translation>
        </message>
        <message>
            <source>Third-party software and data</source>
            <translation>برمجيات وبيانات الأطراف الثالثة</translation>
        </message>
    </context>
    <context>
        <name>NodeController</name>
        <message>
            <source>Another program on this computer already uses port %1. Choose another port (for example %2) in Analyse ▸ DICOM node… and enter the same port on the X-ray unit, or stop the other program.</source>
            <translation>يستخدم برنامج آخر على هذا الحاسوب المنفذ %1 بالفعل. اختر منفذًا آخر (مثلًا %2) في تحليل ▸ عقدة DICOM… وأدخل المنفذ نفسه على جهاز الأشعة السينية، أو أوقف البرنامج الآخر.</translation>
        </message>
        <message>
            <source>This account may not listen on port %1 (ports below 1024 need an administrator). Choose a port above 1024, such as 11112.</source>
            <translation>لا يُسمح لهذا الحساب بالاستماع على المنفذ %1 (المنافذ الأقل من 1024 تتطلب صلاحيات المسؤول). اختر منفذًا أعلى من 1024، مثل 11112.</translation>
        </message>
        <message>
            <source>%1 is not an address of this computer. Choose 0.0.0.0 (every network connection).</source>
            <translation>%1 ليس عنوانًا لهذا الحاسوب. اختر 0.0.0.0 (كل اتصالات الشبكة).</translation>
        </message>
        <message>
            <source>Cannot listen on %1: %2.</source>
            <translation>يتعذّر الاستماع على %1: %2.</translation>
        </message>
        <message>
            <source>DICOM node: off</source>
            <translation>عقدة DICOM: متوقفة</translation>
        </message>
        <message>
            <source>Analyse ▸ DICOM node…</source>
            <translation>تحليل ▸ عقدة DICOM…</translation>
        </message>
        <message>
            <source>The DICOM node is not running</source>
            <translation>عقدة DICOM لا تعمل</translation>
        </message>
        <message>
            <source>Change it in Analyse ▸ DICOM node…</source>
            <translation>غيّر ذلك من تحليل ▸ عقدة DICOM…</translation>
        </message>
        <message>
            <source>DICOM node: not running — see Analyse ▸ DICOM node</source>
            <translation>عقدة DICOM: لا تعمل — انظر تحليل ▸ عقدة DICOM</translation>
        </message>
        <message>
            <source>receiving as %1 on port %2</source>
            <translation>تستقبل باسم %1 على المنفذ %2</translation>
        </message>
        <message>
            <source>watching</source>
            <translation>تراقب مجلدًا</translation>
        </message>
        <message>
            <source>DICOM node: %1 · %2 analysed</source>
            <translation>عقدة DICOM: %1 · حُلِّل %2</translation>
        </message>
        <message>
            <source> · %1 new</source>
            <translation> · %1 جديدة</translation>
        </message>
        <message>
            <source> · %1 waiting</source>
            <translation> · %1 قيد الانتظار</translation>
        </message>
        <message>
            <source> · %1 refused</source>
            <translation> · %1 مرفوضة</translation>
        </message>
        <message>
            <source> · %1 result(s) waiting for %2</source>
            <translation> · نتائج تنتظر %2: %1</translation>
        </message>
        <message>
            <source> (not answering)</source>
            <translation> (لا تستجيب)</translation>
        </message>
        <message>
            <source>%1
store: %2</source>
            <translation>%1
المخزن: %2</translation>
        </message>
        <message>
            <source>New from the X-ray unit: %1 — %2</source>
            <translation>جديد من جهاز الأشعة السينية: %1 — %2</translation>
        </message>
        <message>
            <source>New from the watch folder: %1 — %2</source>
            <translation>جديد من المجلد المراقَب: %1 — %2</translation>
        </message>
        <message>
            <source>New from the store: %1 — %2</source>
            <translation>جديد من المخزن: %1 — %2</translation>
        </message>
        <message>
            <source>DICOM node refused %1 from %2: %3</source>
            <translation>رفضت عقدة DICOM %1 من %2: %3</translation>
        </message>
        <message>
            <source>a sender</source>
            <translation>مُرسِل</translation>
        </message>
        <message>
            <source>DICOM node: %1</source>
            <translation>عقدة DICOM: %1</translation>
        </message>
        <message>
            <source>Sending your reading to %1 as a new version of this image's report.</source>
            <translation>جارٍ إرسال قراءتك إلى %1 بوصفها نسخة جديدة من تقرير هذه الصورة.</translation>
        </message>
        <message>
            <source>Sending the withdrawal of the reading to %1 as a new version of this image's report.</source>
            <translation>جارٍ إرسال سحب القراءة إلى %1 بوصفه نسخة جديدة من تقرير هذه الصورة.</translation>
        </message>
        <message>
            <source>Saved. The DICOM node is not sending results now: this reading goes to the PACS when the node runs with a destination.</source>
            <translation>حُفظت. عقدة DICOM لا ترسل النتائج حاليًا: ستُرسَل هذه القراءة إلى PACS عندما تعمل العقدة مع وجهة محددة.</translation>
        </message>
        <message>
            <source>DICOM node: sending %1 reading(s) recorded while it was not sending.</source>
            <translation>عقدة DICOM: جارٍ إرسال القراءات المسجَّلة أثناء توقف الإرسال (عددها %1).</translation>
        </message>
    </context>
    <context>
        <name>Product</name>
        <message>
            <source>The Pneumoscan project (open-source development build, not placed on the market)</source>
            <translation>مشروع Pneumoscan (إصدار تطويري مفتوح المصدر، غير مطروح في السوق)</translation>
        </message>
        <message>
            <source>Your first contact is the organisation that installed Pneumoscan at your site (its IT or clinical engineering team). Software defects and safety concerns: the Pneumoscan project's issue tracker.</source>
            <translation>جهة الاتصال الأولى هي الجهة التي ثبّتت Pneumoscan في موقعكم (فريق تقنية المعلومات أو الهندسة الطبية الحيوية لديها). عيوب البرنامج ومخاوف السلامة: نظام تتبع المشكلات الخاص بمشروع Pneumoscan.</translation>
        </message>
        <message>
            <source>Regulatory status: Pneumoscan has not been cleared, approved or CE-marked as a medical device by any regulator. It is decision support for trained clinicians, for use under local clinical governance: it must not be the sole basis of a diagnosis or a treatment decision.</source>
            <translation>الوضع التنظيمي: لم تُجِز أي جهة تنظيمية Pneumoscan أو تعتمده أو تمنحه علامة CE بصفته جهازًا طبيًا. هو أداة لدعم القرار للأطباء المدرَّبين، تُستخدم في إطار الحوكمة السريرية المحلية: ولا يجوز أن يكون الأساس الوحيد لتشخيص أو لقرار علاجي.</translation>
        </message>
        <message>
            <source>In plain words: this is not an approved medical device. It can be wrong. A clinician reads every image and makes every decision; Pneumoscan's label is a second opinion only.</source>
            <translation>بكلمات بسيطة: هذا ليس جهازًا طبيًا معتمدًا. وقد يخطئ. يقرأ الطبيب المعالج كل صورة ويتخذ كل قرار؛ وتصنيف Pneumoscan مجرد رأي ثانٍ.</translation>
        </message>
        <message>
            <source>A normal child can be called PNEUMONIA, more often at a new site or in a later period than on the training images.</source>
            <translation>قد يُصنَّف طفل طبيعي على أنه التهاب رئوي، ويحدث ذلك أكثر في موقع جديد أو في فترة لاحقة مقارنةً بصور التدريب.</translation>
        </message>
        <message>
            <source>A child with pneumonia can be called NORMAL.</source>
            <translation>قد يُصنَّف طفل مصاب بالتهاب رئوي على أنه طبيعي.</translation>
        </message>
        <message>
            <source>Only a pneumonia pattern is assessed: NORMAL does not rule out other findings.</source>
            <translation>لا يُقيَّم إلا نمط الالتهاب الرئوي: التصنيف طبيعي لا يستبعد موجودات أخرى.</translation>
        </message>
        <message>
            <source>The heatmap shows what moved the score, not where disease is; a cold region does not clear a lung.</source>
            <translation>تُظهر الخريطة الحرارية ما غيّر الدرجة، لا مكان المرض؛ والمنطقة الباردة لا تعني أن الرئة سليمة.</translation>
        </message>
        <message>
            <source>The shipped model was trained without pretrained weights on one centre's children aged 1-5: elsewhere its accuracy is unknown until checked locally.</source>
            <translation>دُرِّب النموذج المرفق دون أوزان مُدرَّبة مسبقًا على أطفال بعمر 1-5 سنوات من مركز واحد: دقته في أماكن أخرى غير معروفة حتى يُتحقَّق منها محليًا.</translation>
        </message>
        <message>
            <source>The input checks can miss an image outside the model's scope, most likely an adult's radiograph without DICOM tags, and do not look for one when the age check is relaxed.</source>
            <translation>قد تفوّت فحوص الصورة المُدخلة صورة خارج نطاق النموذج، والأرجح صورة شعاعية لبالغ بلا وسوم DICOM، ولا تبحث عنها عند تخفيف فحص العمر.</translation>
        </message>
        <message>
            <source>The DICOM node neither encrypts nor authenticates: run it only on a network the clinic trusts.</source>
            <translation>عقدة DICOM لا تُشفِّر ولا تتحقق من الهوية: شغّلها فقط على شبكة يثق بها المرفق.</translation>
        </message>
        <message>
            <source>The translations have not yet been reviewed by native-speaking clinicians.</source>
            <translation>لم يراجع الترجمات بعدُ أطباء من الناطقين الأصليين باللغة.</translation>
        </message>
        <message>
            <source>Pneumoscan can be wrong: its label is a second opinion, never a diagnosis.</source>
            <translation>قد يخطئ Pneumoscan: تصنيفه رأي ثانٍ، وليس تشخيصًا أبدًا.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>ال&amp;بحث في:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>الملفات من &amp;نوع:</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;لا</translation>
        </message>
    </context>
    <context>
        <name>ReaderDialog</name>
        <message>
            <source>Who is reading?</source>
            <translation>من يقرأ؟</translation>
        </message>
        <message>
            <source>Your name goes with every reading you record: in the reading database, the CSV, the report and the audit log. Choose it once per session.</source>
            <translation>يُرفق اسمك بكل قراءة تسجّلها: في قاعدة بيانات القراءات، وملف CSV، والتقرير، وسجل التدقيق. اختره مرة واحدة في كل جلسة.</translation>
        </message>
        <message>
            <source>  (PIN)</source>
            <translation>  (رمز PIN)</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>رمز PIN</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>أنا</translation>
        </message>
        <message>
            <source>Or add a reader</source>
            <translation>أو أضف قارئًا</translation>
        </message>
        <message>
            <source>e.g. Dr A. Mensah</source>
            <translation>مثلًا د. أحمد منصور</translation>
        </message>
        <message>
            <source>optional, 4-12 digits</source>
            <translation>اختياري، 4-12 رقمًا</translation>
        </message>
        <message>
            <source>the PIN again</source>
            <translation>رمز PIN مرة أخرى</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Repeat PIN</source>
            <translation>تكرار رمز PIN</translation>
        </message>
        <message>
            <source>Read as this reader</source>
            <translation>القراءة باسم هذا القارئ</translation>
        </message>
        <message>
            <source>%1 is already on the list: choose it above.</source>
            <translation>%1 موجود في القائمة بالفعل: اختره أعلاه.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>رمزا PIN مختلفان.</translation>
        </message>
        <message>
            <source>Choose your name, or add it.</source>
            <translation>اختر اسمك أو أضفه.</translation>
        </message>
        <message>
            <source>That PIN is not this reader's.</source>
            <translation>رمز PIN هذا لا يخص هذا القارئ.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Decision support for reading frontal chest radiographs of children (trained on ages 1-5). Not a diagnosis: the clinician reads the image and decides. Not for lateral views, adults, other body parts, CT/MR or photographs.</source>
            <translation>دعم القرار في قراءة صور الصدر الشعاعية الأمامية للأطفال (دُرِّب على أعمار 1-5 سنوات). ليس تشخيصًا: الطبيب المعالج يقرأ الصورة ويتخذ القرار. لا يُستخدم للمناظر الجانبية أو البالغين أو أجزاء الجسم الأخرى أو التصوير المقطعي/بالرنين المغناطيسي (CT/MR) أو الصور الفوتوغرافية.</translation>
        </message>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>RTL</translation>
        </message>
        <message>
            <source>PNEUMONIA</source>
            <translation>التهاب رئوي</translation>
        </message>
        <message>
            <source>indeterminate</source>
            <translation>غير حاسم</translation>
        </message>
        <message>
            <source>NORMAL</source>
            <translation>طبيعي (لا نمط التهاب رئوي)</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>لم يُقيَّم</translation>
        </message>
        <message>
            <source>could not be read</source>
            <translation>تعذّرت القراءة</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>العتبة %1</translation>
        </message>
        <message>
            <source>not in the file</source>
            <translation>غير موجود في الملف</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>المريض</translation>
        </message>
        <message>
            <source>name not in the file</source>
            <translation>الاسم غير موجود في الملف</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>معرّف المريض</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>تاريخ الدراسة</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>رقم الدخول</translation>
        </message>
        <message>
            <source>Pneumoscan %1 - decision support only; the clinician reads the image and decides.</source>
            <translation>Pneumoscan %1 - دعم للقرار فقط؛ الطبيب المعالج يقرأ الصورة ويتخذ القرار.</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation>طُبع في %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Model: -</source>
            <translation>النموذج: -</translation>
        </message>
        <message>
            <source>site profile %1</source>
            <translation>ملف تعريف الموقع %1</translation>
        </message>
        <message>
            <source>the model's own</source>
            <translation>الخاصة بالنموذج</translation>
        </message>
        <message>
            <source>Model: %1 %2; bundle identity %3</source>
            <translation>النموذج: %1 %2؛ هوية الحزمة %3</translation>
        </message>
        <message>
            <source>Operating point: %1; threshold %2 on the 0-100 score</source>
            <translation>نقطة التشغيل: %1؛ العتبة %2 على مقياس الدرجة 0-100</translation>
        </message>
        <message>
            <source>; indeterminate band %1-%2</source>
            <translation>; نطاق عدم الحسم %1-%2</translation>
        </message>
        <message>
            <source>Sensitivity %1, specificity %2, measured on %3.</source>
            <translation>الحساسية %1، النوعية %2، مقيستان على %3.</translation>
        </message>
        <message>
            <source>Clinic prevalence for PPV / NPV: %1</source>
            <translation>معدل الانتشار في العيادة لحساب القيمة التنبؤية الإيجابية / السلبية: %1</translation>
        </message>
        <message>
            <source>Clinic prevalence for PPV / NPV: not set (Settings)</source>
            <translation>معدل الانتشار في العيادة لحساب القيمة التنبؤية الإيجابية / السلبية: غير محدد (الإعدادات)</translation>
        </message>
        <message>
            <source>Clinician's reading: none recorded</source>
            <translation>لم يسجل الطبيب المعالج أي قراءة</translation>
        </message>
        <message>
            <source>Clinician's reading %1 by %2 (%3) was made on an earlier result (%4); it must be read again on this result.</source>
            <translation>قراءة الطبيب المعالج %1 التي سجّلها %2 (%3) أُجريت على نتيجة سابقة (%4)؛ ويجب إعادة القراءة على هذه النتيجة.</translation>
        </message>
        <message>
            <source>Clinician's reading: %1 (%2) by %3, %4</source>
            <translation>قراءة الطبيب المعالج: %1 (%2) سجّلها %3، %4</translation>
        </message>
        <message>
            <source>[%1 more characters: the whole note is in the CSV and the reading database]</source>
            <translation>[عدد الأحرف المتبقية: %1؛ الملاحظة كاملة موجودة في ملف CSV وقاعدة بيانات القراءات]</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>ملاحظة: %1</translation>
        </message>
        <message>
            <source>A plain image file: no patient name, ID or age is recorded in it - check the file name and folder.</source>
            <translation>ملف صورة عادي: لا يُسجَّل فيه اسم المريض أو معرّفه أو عمره - تحقّق من اسم الملف والمجلد.</translation>
        </message>
        <message>
            <source>THE FILE HAS CHANGED SINCE IT WAS ANALYSED: its contents are not the image this result belongs to, so no image is printed. Analyse it again before relying on this page.</source>
            <translation>تحذير: تغيّر الملف منذ تحليله، فمحتواه ليس الصورة التي تعود إليها هذه النتيجة، لذا لا تُطبع أي صورة. أعد تحليله قبل الاعتماد على هذه الصفحة.</translation>
        </message>
        <message>
            <source>Radiograph</source>
            <translation>الصورة الشعاعية</translation>
        </message>
        <message>
            <source>Heatmap: where the score came from (not an outline of disease)</source>
            <translation>الخريطة الحرارية: مصدر الدرجة (وليست حدودًا للمرض)</translation>
        </message>
        <message>
            <source>The image could not be read.</source>
            <translation>تعذّرت قراءة الصورة.</translation>
        </message>
        <message>
            <source>RELAXED input check (settings): %1</source>
            <translation>فحص مُخفَّف للصورة المُدخلة (الإعدادات): %1</translation>
        </message>
        <message>
            <source>Images: %1. Results: %2</source>
            <translation>الصور: %1. النتائج: %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا يوجد</translation>
        </message>
        <message>
            <source>Read by a clinician: %1 (%2)</source>
            <translation>قرأها طبيب معالج: %1 (%2)</translation>
        </message>
        <message>
            <source> by %1</source>
            <translation> بواسطة %1</translation>
        </message>
        <message>
            <source>; %1 reading(s) made on an earlier result</source>
            <translation>; قراءات أُجريت على نتيجة سابقة: %1</translation>
        </message>
        <message>
            <source>Pneumoscan - report</source>
            <translation>Pneumoscan - تقرير</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>الاستخدام المقصود</translation>
        </message>
    </context>
    <context>
        <name>ReportScopeDialog</name>
        <message>
            <source>Print report</source>
            <translation>طباعة التقرير</translation>
        </message>
        <message>
            <source>Print a PDF report of:</source>
            <translation>طباعة تقرير PDF لـ:</translation>
        </message>
    </context>
    <context>
        <name>Scope</name>
        <message>
            <source>The folder on screen (%1: plain images name no patient)</source>
            <translation>المجلد المعروض على الشاشة (%1: الصور العادية لا تذكر اسم أي مريض)</translation>
        </message>
        <message>
            <source>The study on screen (%1)</source>
            <translation>الدراسة المعروضة على الشاشة (%1)</translation>
        </message>
        <message>
            <source>The study on screen</source>
            <translation>الدراسة المعروضة على الشاشة</translation>
        </message>
        <message>
            <source>The image on screen (%1)</source>
            <translation>الصورة المعروضة على الشاشة (%1)</translation>
        </message>
        <message>
            <source>The image on screen</source>
            <translation>الصورة المعروضة على الشاشة</translation>
        </message>
        <message>
            <source>The selected rows</source>
            <translation>الصفوف المحددة</translation>
        </message>
        <message>
            <source>The rows the filter shows</source>
            <translation>الصفوف التي تُظهرها التصفية</translation>
        </message>
        <message>
            <source>Everything in the list</source>
            <translation>كل ما في القائمة</translation>
        </message>
        <message>
            <source>Choose another name</source>
            <translation>اختر اسمًا آخر</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
    </context>
    <context>
        <name>ScopeDialog</name>
        <message>
            <source>Choose where to save…</source>
            <translation>اختر مكان الحفظ…</translation>
        </message>
    </context>
    <context>
        <name>ScoreBarWidget</name>
        <message>
            <source>Pneumonia score 0-100: the model's output, calibrated on its validation images. It ranks images against the threshold; it is not the chance that this child has pneumonia. Dashed line: the decision threshold. Shaded: the indeterminate band, where the model's errors are frequent.</source>
            <translation>درجة الالتهاب الرئوي 0-100: ناتج النموذج بعد معايرته على صور التحقق. ترتّب الصور بالنسبة إلى العتبة؛ وليست احتمال إصابة هذا الطفل بالالتهاب الرئوي. الخط المتقطع: عتبة القرار. المنطقة المظللة: نطاق عدم الحسم، حيث تكثر أخطاء النموذج.</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>العتبة %1</translation>
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
            <source>Arithmetic on the CPU. The model card gives the int8 graph's agreement with fp32 on validation images. GPUs always run float16.</source>
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
            <source>The language of Pneumoscan's windows and reports; applies when Pneumoscan next starts. The CSV, the audit log and DICOM objects stay in English.</source>
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
            <source>none: the model's own operating point</source>
            <translation>لا يوجد: نقطة التشغيل الخاصة بالنموذج</translation>
        </message>
        <message>
            <source>A site profile (pneumoscan-calibrate, or Analyse &gt; Calibrate to this clinic) sets the threshold and calibration fitted on your clinic's images</source>
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
            <source>  (PIN)</source>
            <translation>  (رمز PIN)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Take the selected reader off this workstation's list (their readings stay theirs)</source>
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
            <source>Only images whose file records no age at all: the adult-appearance check is skipped for them. An age outside the model's population, or one that is recorded but cannot be read, is never assessed.</source>
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
        <message>
            <source>Site profile not used</source>
            <translation>لم يُستخدم ملف تعريف الموقع</translation>
        </message>
    </context>
    <context>
        <name>SiteProfile</name>
        <message>
            <source>Site calibration needs at least %1 confirmed images of each class; there are %2 NORMAL and %3 PNEUMONIA (each image counted once). Label more images and try again.</source>
            <translation>تحتاج معايرة الموقع إلى %1 صورة مؤكدة على الأقل من كل فئة؛ يوجد %2 طبيعي و%3 التهاب رئوي (تُحسب كل صورة مرة واحدة). اقرأ المزيد من الصور ثم أعد المحاولة.</translation>
        </message>
        <message>
            <source>Some of these images have no finite model output: analyse them again.</source>
            <translation>بعض هذه الصور ليس لها ناتج نموذج محدود: أعد تحليلها.</translation>
        </message>
        <message>
            <source>On these images the model's score runs against the labels (ranking AUC %1, below chance): check the labels, they may be swapped.</source>
            <translation>على هذه الصور تسير درجة النموذج عكس القراءات (مساحة AUC للترتيب %1، أقل من الصدفة): تحقق من القراءات، فقد تكون مقلوبة.</translation>
        </message>
        <message>
            <source>%1 was fitted for another model bundle (%2…); this one is %3…. Calibrate again with this model.</source>
            <translation>%1 ضُبط لحزمة نموذج أخرى (%2…)؛ وهذه الحزمة هي %3…. أعد المعايرة بهذا النموذج.</translation>
        </message>
    </context>
    <context>
        <name>SiteProfileDialog</name>
        <message>
            <source>%1 (95 % interval %2–%3)</source>
            <translation>%1 (فاصل ثقة 95 %: %2–%3)</translation>
        </message>
        <message>
            <source>Fitted on</source>
            <translation>مضبوط على</translation>
        </message>
        <message>
            <source>%1 NORMAL and %2 PNEUMONIA images (%3)</source>
            <translation>صور «طبيعي»: %1، وصور «التهاب رئوي»: %2 (%3)</translation>
        </message>
        <message>
            <source>Threshold (the model's score scale)</source>
            <translation>العتبة (على مقياس درجة النموذج)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; instead of the model's own &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; بدلًا من عتبة النموذج نفسه &lt;b&gt;%2&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Indeterminate band (same scale)</source>
            <translation>نطاق عدم الحسم (المقياس نفسه)</translation>
        </message>
        <message>
            <source>%1 instead of %2</source>
            <translation>%1 بدلًا من %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا يوجد</translation>
        </message>
        <message>
            <source>Sensitivity, out of sample</source>
            <translation>الحساسية، خارج العينة</translation>
        </message>
        <message>
            <source>Specificity, out of sample</source>
            <translation>النوعية، خارج العينة</translation>
        </message>
        <message>
            <source>Accuracy, out of sample</source>
            <translation>الدقة، خارج العينة</translation>
        </message>
        <message>
            <source>%1 of these images (NORMAL %2, PNEUMONIA %3)</source>
            <translation>%1 من هذه الصور (طبيعي %2، التهاب رئوي %3)</translation>
        </message>
        <message>
            <source>%1 - flagged: above %2</source>
            <translation>%1 - تنبيه: أعلى من %2</translation>
        </message>
        <message>
            <source>Indeterminate with this profile</source>
            <translation>غير حاسم مع هذا الملف</translation>
        </message>
        <message>
            <source>&lt;p&gt;The model's own point, measured on %1: sensitivity %2, specificity %3.&lt;/p&gt;</source>
            <translation>&lt;p&gt;نقطة التشغيل الخاصة بالنموذج، مقيسة على %1: الحساسية %2، النوعية %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every number here is measured &lt;b&gt;out of sample&lt;/b&gt;: the whole fit was repeated on resamples of these images and scored on the images each left out. With the profile, the app shows scores on the profile's recalibrated scale, where the threshold reads %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;كل رقم هنا مقيس &lt;b&gt;خارج العينة&lt;/b&gt;: أُعيدت عملية الضبط كاملة على عينات مُعاد سحبها من هذه الصور، وقُيِّمت كل منها على الصور التي استُبعدت منها. ومع هذا الملف، يعرض التطبيق الدرجات على المقياس المُعاد معايرته الخاص بالملف، حيث تبلغ العتبة %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Warnings&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;تحذيرات&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;No warnings.&lt;/p&gt;</source>
            <translation>&lt;p&gt;لا توجد تحذيرات.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Use this site profile?</source>
            <translation>هل تريد استخدام ملف تعريف الموقع هذا؟</translation>
        </message>
        <message>
            <source>Apply this operating point</source>
            <translation>تطبيق نقطة التشغيل هذه</translation>
        </message>
        <message>
            <source>Keep the current one</source>
            <translation>الإبقاء على الحالية</translation>
        </message>
        <message>
            <source>Apply this operating point to every result from now on? Results are analysed again.</source>
            <translation>هل تريد تطبيق نقطة التشغيل هذه على كل النتائج من الآن فصاعدًا؟ سيُعاد تحليل النتائج.</translation>
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
            <translation>تصفية (⁦Ctrl+F⁩): الملف، PatientID، رقم الدخول…</translation>
        </message>
        <message>
            <source>Rows shown by the filter, of all rows</source>
            <translation>الصفوف التي تُظهرها التصفية من مجموع الصفوف</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>الأعمدة</translation>
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
        <name>StudyOpener</name>
        <message>
            <source>the sample images</source>
            <translation>الصور النموذجية</translation>
        </message>
        <message>
            <source>Replace the open images?</source>
            <translation>هل تريد استبدال الصور المفتوحة؟</translation>
        </message>
        <message>
            <source>Open: %1 from %2. Open %3 in their place?</source>
            <translation>المفتوح حاليًا: %1 من %2. هل تريد فتح %3 مكانها؟</translation>
        </message>
        <message>
            <source>Replacing keeps one patient's study in view: results, readings and notes already made are kept in Pneumoscan's records.</source>
            <translation>يُبقي الاستبدال دراسة مريض واحد معروضة: وتبقى النتائج والقراءات والملاحظات المسجّلة سابقًا محفوظة في سجلات Pneumoscan.</translation>
        </message>
        <message>
            <source> The sample images are never added to a patient's list.</source>
            <translation> لا تُضاف الصور النموذجية أبدًا إلى قائمة مريض.</translation>
        </message>
        <message>
            <source>Replace the list</source>
            <translation>استبدال القائمة</translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>الإضافة إلى القائمة</translation>
        </message>
        <message>
            <source>Searching for images…</source>
            <translation>جارٍ البحث عن الصور…</translation>
        </message>
        <message>
            <source>searching for images</source>
            <translation>البحث عن الصور</translation>
        </message>
        <message>
            <source>No images found in %1: the list is unchanged.</source>
            <translation>لم يُعثر على صور في %1: لم تتغير القائمة.</translation>
        </message>
        <message>
            <source>No images found in %1.</source>
            <translation>لم يُعثر على صور في %1.</translation>
        </message>
        <message>
            <source>what was opened</source>
            <translation>ما فُتح</translation>
        </message>
        <message>
            <source>The %1 file(s) in %2 are already in the list.</source>
            <translation>الملفات الموجودة في %2 (وعددها %1) موجودة في القائمة بالفعل.</translation>
        </message>
        <message>
            <source>%1 of Pneumoscan's sample images were left out: samples never join a patient's list (Close all, then the welcome view opens them on their own).</source>
            <translation>استُبعدت صور نموذجية من صور Pneumoscan (عددها %1): لا تنضم الصور النموذجية أبدًا إلى قائمة مريض (استخدم «إغلاق كل الصور»، ثم تفتحها شاشة الترحيب وحدها).</translation>
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
            <source>folder %1</source>
            <translation>مجلد %1</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>بلا تاريخ</translation>
        </message>
        <message>
            <source>no PatientID</source>
            <translation>بلا PatientID</translation>
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
        <message>
            <source>New from the X-ray unit (DICOM node), not yet opened
%1</source>
            <translation>جديد من جهاز الأشعة السينية (عقدة DICOM)، لم يُفتح بعد
%1</translation>
        </message>
        <message>
            <source>
Made on an earlier result (%1); this result needs a new reading.</source>
            <translation>
أُجريت على نتيجة سابقة (%1)؛ تحتاج هذه النتيجة إلى قراءة جديدة.</translation>
        </message>
        <message>
            <source>Reading %1 (%2) by %3, %4</source>
            <translation>القراءة %1 (%2) سجّلها %3، %4</translation>
        </message>
        <message>
            <source>
Note: %1</source>
            <translation>
ملاحظة: %1</translation>
        </message>
        <message>
            <source>Pneumonia score (calibrated P(pneumonia) x 100); threshold %1</source>
            <translation>درجة الالتهاب الرئوي (احتمال الالتهاب الرئوي المُعايَر x 100)؛ العتبة %1</translation>
        </message>
        <message>
            <source>Pneumonia score</source>
            <translation>درجة الالتهاب الرئوي</translation>
        </message>
    </context>
    <context>
        <name>TrustBundleDialog</name>
        <message>
            <source>Use this model bundle?</source>
            <translation>هل تريد استخدام حزمة النموذج هذه؟</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; at %2 is not the model shipped with this Pneumoscan. Its decision threshold, indeterminate band and input checks decide every label: use it only if you know where it comes from and have read its model card.&lt;/p&gt;&lt;p&gt;Bundle identity: &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; الموجود في %2 ليس النموذج المرفق مع نسخة Pneumoscan هذه. عتبة القرار ونطاق عدم الحسم وفحوص الصورة المُدخلة الخاصة به هي التي تحدد كل تصنيف: لا تستخدمه إلا إذا كنت تعرف مصدره وقرأت بطاقة النموذج الخاصة به.&lt;/p&gt;&lt;p&gt;هوية الحزمة: &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Trust and use this bundle</source>
            <translation>الوثوق بهذه الحزمة واستخدامها</translation>
        </message>
        <message>
            <source>Do not use it</source>
            <translation>عدم استخدامها</translation>
        </message>
    </context>
    <context>
        <name>ViewerPanel</name>
        <message>
            <source>Full range</source>
            <translation>المدى الكامل</translation>
        </message>
        <message>
            <source>Soft contrast</source>
            <translation>تباين خفيف</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>Lungs (dark)</source>
            <translation>الرئتان (داكن)</translation>
        </message>
        <message>
            <source>Mediastinum (bright)</source>
            <translation>المنصف (فاتح)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>مخصص</translation>
        </message>
        <message>
            <source>Image min–max</source>
            <translation>أدنى–أقصى قيمة في الصورة</translation>
        </message>
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
            <translation>إظهار المواضع التي خفض إخفاؤها من الصورة درجة الالتهاب الرئوي: يشتد اللون مع قوة الدليل، ويحيط الخط السماوي بالأدلة القوية، وتحدد الحلقة السماوية أقواها. وليست حدودًا للمرض (⁦Ctrl+H⁩)</translation>
        </message>
        <message>
            <source>Heatmap opacity</source>
            <translation>عتامة الخريطة الحرارية</translation>
        </message>
        <message>
            <source>Heatmap colours, on one scale for every image: full colour = as much evidence as the strongest 1 % of pneumonia evidence on the model's validation images; weak evidence fades out. Shown by default only for PNEUMONIA and indeterminate results (Ctrl+H toggles).</source>
            <translation>ألوان الخريطة الحرارية على مقياس واحد لكل الصور: اللون الكامل = دليل بقوة أقوى 1 % من أدلة الالتهاب الرئوي في صور التحقق الخاصة بالنموذج؛ ويتلاشى الدليل الضعيف. تظهر افتراضيًا لنتائج «التهاب رئوي» و«غير حاسم» فقط (⁦Ctrl+H⁩ للتبديل).</translation>
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
            <source>Window/level: the file's own presets and VOI LUTs first (right-drag on the image to adjust; the box then says %1)</source>
            <translation>النافذة/المستوى: الإعدادات المسبقة وجداول VOI LUT الخاصة بالملف أولًا (اسحب بالزر الأيمن على الصورة للضبط؛ وتعرض القائمة عندئذ %1)</translation>
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
            <source>Patient, study and file in the image's corners (Ctrl+T)</source>
            <translation>المريض والدراسة والملف في زوايا الصورة (⁦Ctrl+T⁩)</translation>
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
            <translation>ملاءمة النافذة (⁦Ctrl+0⁩)</translation>
        </message>
        <message>
            <source>Actual pixels (Ctrl+1)</source>
            <translation>البكسلات الفعلية (⁦Ctrl+1⁩)</translation>
        </message>
        <message>
            <source>Zoom in about the centre (Ctrl++; the wheel zooms about the cursor)</source>
            <translation>تكبير حول المركز (⁦Ctrl++⁩؛ تكبّر عجلة الفأرة حول المؤشر)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>تصغير (⁦Ctrl+-⁩)</translation>
        </message>
        <message>
            <source>Invert the grey levels (Ctrl+I)</source>
            <translation>عكس مستويات الرمادي (⁦Ctrl+I⁩)</translation>
        </message>
        <message>
            <source>opacity</source>
            <translation>العتامة</translation>
        </message>
        <message>
            <source>%1: window width and level in the file's own units (its modality values)</source>
            <translation>%1: عرض النافذة ومستواها بوحدات الملف نفسه (قيم modality الخاصة به)</translation>
        </message>
        <message>
            <source>%1: window width and level in the file's own units (its stored grey values)</source>
            <translation>%1: عرض النافذة ومستواها بوحدات الملف نفسه (قيم الرمادي المخزّنة فيه)</translation>
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
        <name>ViewingController</name>
        <message>
            <source>No image matches the filter: change or clear it (Ctrl+F).</source>
            <translation>لا توجد صورة تطابق التصفية: غيّرها أو امسحها (⁦Ctrl+F⁩).</translation>
        </message>
        <message>
            <source>— no image shown</source>
            <translation>— لا توجد صورة معروضة</translation>
        </message>
        <message>
            <source>Unreadable.</source>
            <translation>غير قابلة للقراءة.</translation>
        </message>
        <message>
            <source>opening the image</source>
            <translation>فتح الصورة</translation>
        </message>
        <message>
            <source>⚠ %1 cannot be shown.
%2</source>
            <translation>⚠ يتعذّر عرض %1.
%2</translation>
        </message>
        <message>
            <source>⚠ %1 changed since it was analysed.
Its result is not shown beside other pixels, and no reading can be recorded until it is analysed again.</source>
            <translation>⚠ تغيّر %1 منذ تحليله.
لا تُعرض نتيجته بجانب بكسلات أخرى، ولا يمكن تسجيل أي قراءة حتى يُحلَّل من جديد.</translation>
        </message>
        <message>
            <source>making the heatmap…</source>
            <translation>جارٍ إنشاء الخريطة الحرارية…</translation>
        </message>
        <message>
            <source>making the heatmap</source>
            <translation>إنشاء الخريطة الحرارية</translation>
        </message>
        <message>
            <source>no heatmap: %1</source>
            <translation>لا خريطة حرارية: %1</translation>
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
            <source>Unsure</source>
            <translation>غير متأكد</translation>
        </message>
        <message>
            <source>agree</source>
            <translation>موافق</translation>
        </message>
        <message>
            <source>disagree</source>
            <translation>غير موافق</translation>
        </message>
        <message>
            <source>resolved indeterminate</source>
            <translation>حسم نتيجة غير حاسمة</translation>
        </message>
        <message>
            <source>unsure</source>
            <translation>غير متأكد</translation>
        </message>
        <message>
            <source>How often a call is right depends on how common pneumonia is among the children you X-ray: set your clinic's prevalence in Settings to see it.</source>
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
