<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>MainWindow</name>
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
</TS>
