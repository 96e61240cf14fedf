<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
