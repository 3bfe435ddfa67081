# A right-to-left page for the HTML checks (.ci/render-check.sh): a few
# labels in Arabic, the rest falls back to the repository's language. A test
# fixture, not a translation a region should ship.
render-title = خطة فردية منسقة
render-about = هذه الخطة تخص
render-name = الاسم
render-goals = أهدافي
render-next_meeting = الاجتماع القادم
render-date = التاريخ
render-time = الوقت
render-needs = الاحتياجات والتدخلات
render-consent = الموافقة
render-signatures = التوقيعات
