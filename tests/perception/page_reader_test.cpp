// What perception makes of buttons and pages, on descriptions and snapshots as
// real application pages present them, in the languages the engine reads.
#include "perception/page_reader.h"

#include <gtest/gtest.h>

#include "perception/page_words.h"

namespace applier::perception {
namespace {

struct ButtonCase {
  const char* text;
  const char* type;
  bool in_form;
  ButtonRole role;
};

class ClassifyButtonTest : public ::testing::TestWithParam<ButtonCase> {};

TEST_P(ClassifyButtonTest, ReadsWhatTheButtonIsFor) {
  const auto& c = GetParam();
  EXPECT_EQ(ToString(ClassifyButton(c.text, c.type, c.in_form)), std::string(ToString(c.role)))
      << '"' << c.text << '"';
}

constexpr ButtonRole kSubmit = ButtonRole::kSubmit, kNext = ButtonRole::kNext,
                     kBack = ButtonRole::kBack, kOpen = ButtonRole::kOpenForm,
                     kAdd = ButtonRole::kAddAnother, kOther = ButtonRole::kOther;

INSTANTIATE_TEST_SUITE_P(
    ManyLanguages, ClassifyButtonTest,
    ::testing::Values(
        // English
        ButtonCase{"Submit application", "submit", true, kSubmit},
        ButtonCase{"Submit", "submit", true, kSubmit}, ButtonCase{"Send", "button", true, kSubmit},
        ButtonCase{"Next", "button", true, kNext},
        // A step that mails a code to prove the address (guest applications) sends
        // nothing of the application.
        ButtonCase{"Send code", "button", true, kNext},
        ButtonCase{"Send verification code", "submit", true, kNext},
        ButtonCase{"Email me a code", "button", true, kNext},
        ButtonCase{"Code senden", "button", true, kNext},
        ButtonCase{"Envoyer le code", "button", true, kNext},
        ButtonCase{"Enviar código", "button", true, kNext},
        ButtonCase{"Verify", "button", true, kNext},
        ButtonCase{"Code bestätigen", "button", true, kNext},
        ButtonCase{"Resend code", "button", true, kOther},
        ButtonCase{"Code erneut senden", "button", true, kOther},
        ButtonCase{"Save and continue", "submit", true, kNext},
        ButtonCase{"Continue", "button", true, kNext},
        // The wizard's way to its own review page (LinkedIn's Easy Apply, Indeed
        // Apply): the send comes after it, on that page.
        ButtonCase{"Review your application", "button", true, kNext},
        ButtonCase{"Review", "submit", true, kNext},
        ButtonCase{"Überprüfen", "button", true, kNext},
        ButtonCase{"Revisar solicitud", "button", true, kNext},
        // Drupal Webform's preview step ("Preview", Dutch "Voorbeeld") shows the
        // answers read back over the form's Submit.
        ButtonCase{"Preview", "submit", true, kNext},
        ButtonCase{"Voorbeeld", "submit", true, kNext},
        ButtonCase{"Vorschau", "submit", true, kNext},
        ButtonCase{"Review and submit", "submit", true, kSubmit},
        // A checkout's address step sends the form and leaves only the payment,
        // which is the person's: its button is the send (the draft comes first).
        ButtonCase{"Continue to payment", "submit", true, kSubmit},
        ButtonCase{"Fortsätt till betalning", "submit", true, kSubmit},
        ButtonCase{"Weiter zur Zahlung", "submit", true, kSubmit},
        ButtonCase{"Continuer vers le paiement", "submit", true, kSubmit},
        ButtonCase{"Ir al pago", "submit", true, kSubmit},
        ButtonCase{"Apply for this job", "", false, kOpen},
        ButtonCase{"Apply", "submit", true, kSubmit},
        ButtonCase{"Add another", "button", true, kAdd}, ButtonCase{"Back", "button", true, kBack},
        ButtonCase{"Save for later", "button", true, kOther},
        ButtonCase{"Finish later", "button", true, kOther},
        ButtonCase{"Continue later", "button", true, kOther},
        ButtonCase{"Cancel", "button", true, kOther},
        ButtonCase{"Feedback", "button", false, kOther},
        ButtonCase{"Book a demo", "button", false, kOther},
        // German
        ButtonCase{"Bewerbung absenden", "submit", true, kSubmit},
        ButtonCase{"Jetzt bewerben", "", false, kOpen}, ButtonCase{"Weiter", "button", true, kNext},
        ButtonCase{"Zurück", "button", true, kBack},
        ButtonCase{"Später fortsetzen", "button", true, kOther},
        ButtonCase{"Abbrechen", "button", true, kOther},
        ButtonCase{"ABSENDEN", "submit", true, kSubmit},
        // French
        ButtonCase{"Envoyer ma candidature", "submit", true, kSubmit},
        ButtonCase{"Postuler", "", false, kOpen}, ButtonCase{"Suivant", "button", true, kNext},
        ButtonCase{"Précédent", "button", true, kBack},
        ButtonCase{"Enregistrer pour plus tard", "button", true, kOther},
        ButtonCase{"Annuler", "button", true, kOther},
        ButtonCase{"ÉTAPE SUIVANTE", "button", true, kNext},
        // Spanish
        ButtonCase{"Enviar solicitud", "submit", true, kSubmit},
        ButtonCase{"Postularme", "", false, kOpen}, ButtonCase{"Siguiente", "button", true, kNext},
        ButtonCase{"Atrás", "button", true, kBack},
        ButtonCase{"Guardar para más tarde", "button", true, kOther},
        ButtonCase{"Cancelar", "button", true, kOther},
        // Italian
        ButtonCase{"Invia candidatura", "submit", true, kSubmit},
        ButtonCase{"Candidati ora", "", false, kOpen}, ButtonCase{"Avanti", "button", true, kNext},
        ButtonCase{"Indietro", "button", true, kBack},
        ButtonCase{"Salva per dopo", "button", true, kOther},
        ButtonCase{"Annulla", "button", true, kOther},
        // Dutch
        ButtonCase{"Sollicitatie versturen", "submit", true, kSubmit},
        ButtonCase{"Solliciteer nu", "", false, kOpen},
        ButtonCase{"Volgende", "button", true, kNext}, ButtonCase{"Vorige", "button", true, kBack},
        ButtonCase{"Later afmaken", "button", true, kOther},
        ButtonCase{"Annuleren", "button", true, kOther},
        // Portuguese
        ButtonCase{"Enviar candidatura", "submit", true, kSubmit},
        ButtonCase{"Candidate-se", "", false, kOpen}, ButtonCase{"Próximo", "button", true, kNext},
        ButtonCase{"Voltar", "button", true, kBack},
        ButtonCase{"Guardar para depois", "button", true, kOther},
        ButtonCase{"Cancelar", "button", true, kOther},
        // Japanese, Chinese, Korean: no spaces between words
        ButtonCase{"送信する", "submit", true, kSubmit},
        ButtonCase{"入力内容を確認する", "submit", true, kSubmit},
        ButtonCase{"次へ進む", "button", true, kNext},
        ButtonCase{"前へ戻る", "button", true, kBack},
        ButtonCase{"この求人に応募する", "", false, kOpen},
        ButtonCase{"キャンセル", "button", true, kOther},
        ButtonCase{"提交", "submit", true, kSubmit}, ButtonCase{"下一步", "button", true, kNext},
        ButtonCase{"重置", "reset", true, kOther}, ButtonCase{"立即申请", "", false, kOpen},
        // Chinese job boards "deliver" (投递) the résumé: the posting's way in, a form's send.
        ButtonCase{"立即投递", "", false, kOpen}, ButtonCase{"立即投递", "submit", true, kSubmit},
        ButtonCase{"제출하기", "submit", true, kSubmit},
        ButtonCase{"다음 단계", "button", true, kNext}, ButtonCase{"취소", "button", true, kOther},
        // Arabic
        ButtonCase{"إرسال", "submit", true, kSubmit}, ButtonCase{"التالي", "button", true, kNext},
        ButtonCase{"إلغاء", "button", true, kOther},
        // Hebrew (a Mantine Stepper's "הבא" / "הקודם" and its final "שליחת מועמדות")
        ButtonCase{"שליחת מועמדות", "submit", true, kSubmit},
        ButtonCase{"הבא", "button", true, kNext}, ButtonCase{"הקודם", "button", true, kBack},
        ButtonCase{"הגשת מועמדות", "", false, kOpen}, ButtonCase{"ביטול", "button", true, kOther},
        // Polish
        ButtonCase{"Wyślij zgłoszenie", "submit", true, kSubmit},
        ButtonCase{"ZAREJESTRUJ SIĘ", "submit", true, kSubmit},
        ButtonCase{"Dalej", "button", true, kNext}, ButtonCase{"Wstecz", "button", true, kBack},
        ButtonCase{"Anuluj", "button", true, kOther}, ButtonCase{"Aplikuj teraz", "", false, kOpen},
        ButtonCase{"WYŚLIJ CV", "submit", true, kSubmit},
        ButtonCase{"Przejdź do następnego kroku", "button", true, kNext},
        ButtonCase{"Zapisz na później", "button", true, kOther},
        // Lithuanian: a job board's "Siųsti CV" (send CV) on the posting opens the
        // employer's form and, as the form's own submit, sends it; "Toliau" / "Atgal"
        // move between its steps.
        ButtonCase{"Siųsti CV", "button", false, kOpen},
        ButtonCase{"SIŲSTI CV", "submit", true, kSubmit},
        ButtonCase{"Kandidatuoti", "", false, kOpen}, ButtonCase{"Send CV", "", false, kOpen},
        ButtonCase{"Send CV", "submit", true, kSubmit},
        ButtonCase{"Pateikti paraišką", "submit", true, kSubmit},
        ButtonCase{"Toliau", "submit", true, kNext}, ButtonCase{"Tęsti", "button", true, kNext},
        ButtonCase{"Atgal", "button", true, kBack}, ButtonCase{"Pašalinti", "button", true, kOther},
        ButtonCase{"Atšaukti", "button", true, kOther},
        // Estonian: a job portal's "Kandideeri" (apply) on the posting opens its quick
        // apply and, as the form's own submit, sends it; "Jätka" / "Tagasi" move between
        // its steps.
        ButtonCase{"Kandideeri", "", false, kOpen},
        ButtonCase{"KANDIDEERI", "submit", true, kSubmit},
        ButtonCase{"Saada kandideerimisavaldus", "submit", true, kSubmit},
        ButtonCase{"Saada avaldus", "button", true, kSubmit},
        ButtonCase{"Jätka", "submit", true, kNext}, ButtonCase{"Edasi", "button", true, kNext},
        ButtonCase{"Tagasi", "button", true, kBack}, ButtonCase{"Tühista", "button", true, kOther},
        ButtonCase{"Salvesta mustand", "button", true, kOther},
        // Danish, in capitals too (Æ Ø Å are Latin-1)
        ButtonCase{"Send ansøgning", "submit", true, kSubmit},
        ButtonCase{"INDSEND ANSØGNING", "submit", true, kSubmit},
        ButtonCase{"Næste", "button", true, kNext}, ButtonCase{"NÆSTE TRIN", "button", true, kNext},
        ButtonCase{"Forrige", "button", true, kBack}, ButtonCase{"Tilbage", "button", true, kBack},
        ButtonCase{"Gem til senere", "button", true, kOther},
        ButtonCase{"Annuller", "button", true, kOther}, ButtonCase{"Ansøg nu", "", false, kOpen},
        ButtonCase{"Søg stillingen", "", false, kOpen},
        // Norwegian
        ButtonCase{"Send søknad", "submit", true, kSubmit},
        ButtonCase{"Neste", "button", true, kNext}, ButtonCase{"Tilbake", "button", true, kBack},
        ButtonCase{"Avbryt", "button", true, kOther},
        ButtonCase{"Søk på stillingen", "", false, kOpen},
        // Russian
        ButtonCase{"Отправить", "submit", true, kSubmit},
        ButtonCase{"ОФОРМИТЬ ЗАКАЗ", "submit", true, kSubmit},
        ButtonCase{"Далее", "button", true, kNext}, ButtonCase{"Назад", "button", true, kBack},
        ButtonCase{"Отмена", "button", true, kOther}, ButtonCase{"Откликнуться", "", false, kOpen},
        // Turkish
        ButtonCase{"GÖNDER", "submit", true, kSubmit}, ButtonCase{"İleri", "button", true, kNext},
        ButtonCase{"Şimdi başvur", "", false, kOpen},
        ButtonCase{"BAŞVURUYU TAMAMLA", "submit", true, kSubmit},
        ButtonCase{"Devam Et", "button", true, kNext}, ButtonCase{"Geri", "button", true, kBack},
        ButtonCase{"ÇIKIŞ YAP", "button", true, kOther},
        ButtonCase{"Daha sonra tamamla", "button", true, kOther},
        ButtonCase{"Hemen Başvur", "", false, kOpen},
        // Swedish
        ButtonCase{"Skicka ansökan", "submit", true, kSubmit},
        ButtonCase{"Nästa", "button", true, kNext}, ButtonCase{"Avbryt", "button", true, kOther},
        ButtonCase{"Ansök nu", "", false, kOpen},
        // Vietnamese, in capitals too (Latin Extended Additional) and with both
        // placements of a tone mark ("Hủy", "Huỷ")
        ButtonCase{"Ứng tuyển ngay", "", false, kOpen}, ButtonCase{"ỨNG TUYỂN", "", false, kOpen},
        ButtonCase{"Nộp hồ sơ", "submit", true, kSubmit},
        ButtonCase{"GỬI ĐƠN ỨNG TUYỂN", "submit", true, kSubmit},
        ButtonCase{"Tiếp tục", "button", true, kNext},
        ButtonCase{"Quay lại", "button", true, kBack}, ButtonCase{"Hủy", "button", true, kOther},
        ButtonCase{"Huỷ bỏ", "button", true, kOther},
        ButtonCase{"Lưu nháp", "button", true, kOther},
        // Indonesian (Kalibrr-style wizards: "Lamar Sekarang", "Selanjutnya", "Kirim Lamaran")
        ButtonCase{"Lamar Sekarang", "", false, kOpen},
        ButtonCase{"Selanjutnya", "button", true, kNext},
        ButtonCase{"Kembali", "button", true, kBack},
        ButtonCase{"Kirim Lamaran", "submit", true, kSubmit},
        ButtonCase{"Simpan Draf", "button", true, kOther},
        // Hungarian
        ButtonCase{"Jelentkezés elküldése", "submit", true, kSubmit},
        ButtonCase{"KÜLDÉS", "submit", true, kSubmit}, ButtonCase{"Tovább", "button", true, kNext},
        ButtonCase{"Következő lépés", "button", true, kNext},
        ButtonCase{"Vissza", "button", true, kBack},
        ButtonCase{"Mentés piszkozatként", "button", true, kOther},
        ButtonCase{"Folytatás később", "button", true, kOther},
        ButtonCase{"Mégse", "button", true, kOther}, ButtonCase{"Jelentkezem", "", false, kOpen},
        ButtonCase{"Bejelentkezés", "button", false, kOther},
        // Romanian, ț and ș with a comma below or with a cedilla
        ButtonCase{"Trimite aplicația", "submit", true, kSubmit},
        ButtonCase{"Trimite aplicaţia", "submit", true, kSubmit},
        ButtonCase{"Continuă", "button", true, kNext}, ButtonCase{"Înapoi", "button", true, kBack},
        ButtonCase{"Salvează ca ciornă", "button", true, kOther},
        ButtonCase{"Anulează", "button", true, kOther}, ButtonCase{"Aplică acum", "", false, kOpen},
        ButtonCase{"APLICĂ ACUM", "", false, kOpen},
        ButtonCase{"Trimite codul", "button", true, kNext},
        // and without its diacritics, as Romanian sites often write it
        ButtonCase{"Aplica acum", "", false, kOpen},
        ButtonCase{"Trimite aplicatia", "submit", true, kSubmit},
        ButtonCase{"Salveaza ca ciorna", "button", true, kOther},
        ButtonCase{"Inapoi", "button", true, kBack},
        // Ukrainian
        ButtonCase{"Надіслати заявку", "submit", true, kSubmit},
        ButtonCase{"ВІДПРАВИТИ", "submit", true, kSubmit},
        ButtonCase{"Далі", "button", true, kNext}, ButtonCase{"Продовжити", "button", true, kNext},
        ButtonCase{"Підтвердити код", "button", true, kNext},
        ButtonCase{"Назад", "button", true, kBack},
        ButtonCase{"Зберегти чернетку", "button", true, kOther},
        ButtonCase{"Скасувати", "button", true, kOther},
        ButtonCase{"Відгукнутися", "", false, kOpen},
        // Greek, in capitals without their accents too
        ButtonCase{"Υποβολή αίτησης", "submit", true, kSubmit},
        ButtonCase{"ΥΠΟΒΟΛΗ ΑΙΤΗΣΗΣ", "submit", true, kSubmit},
        ButtonCase{"Αποστολή", "submit", true, kSubmit},
        ButtonCase{"Επόμενο", "button", true, kNext},
        ButtonCase{"ΕΠΟΜΕΝΟ ΒΗΜΑ", "button", true, kNext},
        ButtonCase{"Πίσω", "button", true, kBack},
        ButtonCase{"Αποθήκευση ως πρόχειρο", "button", true, kOther},
        ButtonCase{"Συνέχεια αργότερα", "button", true, kOther},
        ButtonCase{"Ακύρωση", "button", true, kOther}, ButtonCase{"Κάντε αίτηση", "", false, kOpen},
        ButtonCase{"ΚΑΝΤΕ ΑΙΤΗΣΗ", "", false, kOpen},
        // Registration forms end on "register" in their language.
        ButtonCase{"Registrati", "submit", true, kSubmit},
        ButtonCase{"Cadastrar", "submit", true, kSubmit},
        // Sends and moves on in one breath: the sending decides.
        ButtonCase{"Criar cadastro e continuar", "submit", true, kSubmit},
        ButtonCase{"S'inscrire", "submit", true, kSubmit},
        ButtonCase{"Jetzt registrieren", "submit", true, kSubmit},
        ButtonCase{"Sign up", "submit", true, kSubmit},
        ButtonCase{"Sign up for alerts", "button", true, kOther}));

TEST(ClassifyButtonTest, BannerAnswersOnlyInsideABanner) {
  EXPECT_EQ(ClassifyButton("Alle akzeptieren", "button", false, true), ButtonRole::kDismissOverlay);
  EXPECT_EQ(ClassifyButton("Tout refuser", "button", false, true), ButtonRole::kDismissOverlay);
  EXPECT_EQ(ClassifyButton("OK", "button", false, true), ButtonRole::kDismissOverlay);
  EXPECT_EQ(ClassifyButton("OK", "button", true, false), ButtonRole::kOther);
}

// A conversational form's welcome screen (Typeform's "Start") shows its first
// question behind its one button; the same word inside longer text, or a button
// inside a form, is something else.
TEST(ClassifyButtonTest, AWelcomeScreensStartOpensTheForm) {
  EXPECT_EQ(ClassifyButton("Start", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Let’s go →", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Commencer", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Start over", "button", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Start chat", "button", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Start", "button", true), ButtonRole::kOther);
}

TEST(ClassifyButtonTest, ASendInAFeedbackOrSaveForLaterRegionIsNotTheSteps) {
  Button send;
  send.text = "Send";
  send.type = "button";
  send.region = "Send us feedback";
  EXPECT_EQ(ClassifyButtonIn(send), ButtonRole::kOther);
  send.region = "Application form";
  EXPECT_EQ(ClassifyButtonIn(send), ButtonRole::kSubmit);
  Button next;
  next.text = "Weiter";
  next.region = "Später fortsetzen";
  EXPECT_EQ(ClassifyButtonIn(next), ButtonRole::kOther);
  next.region = "Anmelden oder als Gast bewerben";  // an e-mail-first step
  EXPECT_EQ(ClassifyButtonIn(next), ButtonRole::kNext);
}

// A notice that gates the application (ADP's data-privacy notice after "Apply",
// terms to accept before a portal's form): its agreeing button is the way on, to
// the form, or to the next step when the dialog holds a form. Never its refusal,
// and never outside a dialog, where "I agree" is a box's or a banner's.
TEST(ClassifyButtonTest, ADialogsAgreeingButtonLeadsOn) {
  Button agree;
  agree.text = "I Agree";
  agree.type = "button";
  agree.in_dialog = true;
  EXPECT_EQ(ClassifyButtonIn(agree), ButtonRole::kOpenForm);
  agree.in_form = true;
  EXPECT_EQ(ClassifyButtonIn(agree), ButtonRole::kNext);
  agree.in_form = false;
  agree.text = "Akzeptieren";
  EXPECT_EQ(ClassifyButtonIn(agree), ButtonRole::kOpenForm);
  Button refuse = agree;
  refuse.text = "I do not agree";
  EXPECT_EQ(ClassifyButtonIn(refuse), ButtonRole::kOther);
  Button outside = agree;
  outside.in_dialog = false;
  EXPECT_EQ(ClassifyButtonIn(outside), ButtonRole::kOther);
}

// A link above an application that resumes a saved one through an account ("Log in
// to continue where you left off", "Sign in to continue your application") says
// Continue, but it leads to a sign-in, not to the form's next step; inside the form
// a step's own "Sign in and continue" stays the step's, and a posting's "Sign in
// to apply" stays its way in.
TEST(ClassifyButtonTest, ASignInToContinueOutsideTheFormIsNoStep) {
  EXPECT_EQ(ClassifyButton("Log in to continue where you left off", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Sign in to continue your application", "button", false),
            ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Anmelden und weiter", "button", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Save & Continue", "button", false), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Sign in and continue", "submit", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Sign in to apply", "", false), ButtonRole::kOpenForm);
  Button resume;
  resume.text = "Log in to continue where you left off";
  resume.tag = "a";
  resume.href = "#";
  EXPECT_EQ(ClassifyButtonIn(resume), ButtonRole::kOther);
}

TEST(ClassifyButtonTest, AnApplyClosingTheFormBeingFilledIsItsSubmitWhateverItsType) {
  // Script-driven forms send on the click of a type=button "Apply now".
  Button apply;
  apply.text = "Apply now";
  apply.type = "button";
  apply.in_form = true;
  apply.last_in_form = true;
  EXPECT_EQ(ClassifyButtonIn(apply), ButtonRole::kSubmit);
  apply.last_in_form = false;  // "Apply with LinkedIn" above the fields
  EXPECT_EQ(ClassifyButtonIn(apply), ButtonRole::kOpenForm);
  apply.last_in_form = true;
  apply.in_form = false;  // a posting page's Apply
  EXPECT_EQ(ClassifyButtonIn(apply), ButtonRole::kOpenForm);
}

TEST(PageWordsTest, MatchesWholeWordsOnly) {
  EXPECT_TRUE(Says(LowerText("Go back"), Wording::kBack));
  EXPECT_FALSE(Says(LowerText("Feedback"), Wording::kBack));
  EXPECT_FALSE(Says(LowerText("Nextcloud"), Wording::kNext));
  EXPECT_TRUE(Says(LowerText("«قدّم الآن»"), Wording::kOpenForm));  // with a shadda
  EXPECT_TRUE(Says(LowerText("Merci d\u2019avoir postulé"), Wording::kConfirmation));
  // Contact Form 7's Arabic "sent" banner, with its tanween.
  EXPECT_TRUE(Says(LowerText("شكراً لرسالتك. تم إرسالها بنجاح."), Wording::kConfirmation));
  // Cyrillic, Greek and Latin Extended-A capitals lower as their Latin-1 kin do.
  EXPECT_EQ(LowerText("ОТПРАВИТЬ ΣΤΕΙΛΤΕ ZAŻÓŁĆ ĘŚĄ İ"), "отправить στειλτε zażółć ęśą i");
  EXPECT_FALSE(Says(LowerText("Skickas inom två dagar"), Wording::kSubmit));
  EXPECT_FALSE(Says(LowerText("الإرسالية"), Wording::kSubmit));
  EXPECT_TRUE(Says(LowerText("המועמדות נשלחה בהצלחה!"), Wording::kConfirmation));
  EXPECT_FALSE(Says(LowerText("הבאים"), Wording::kNext));
}

// SEEK, Jobstreet and JobsDB end an application with "Your application has been
// sent to <employer>": sent, not submitted or received. A code sent is no
// application sent.
// Google Forms ends with "Your response has been recorded." (in the form's
// language); a "Clear form" or "Reset" button undoes the form, never a step.
TEST(PageWordsTest, AFormsRecordedResponseConfirmsAndClearingTheFormIsNoStep) {
  EXPECT_TRUE(Says(LowerText("Your response has been recorded."), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Ihre Antwort wurde gespeichert."), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("La tua risposta è stata registrata."), Wording::kConfirmation));
  EXPECT_FALSE(Says(LowerText("Record my email address with my response"), Wording::kConfirmation));
  EXPECT_TRUE(NeverStepAction("Clear form"));
  EXPECT_TRUE(NeverStepAction("Reset"));
  EXPECT_TRUE(NeverStepAction("Effacer le formulaire"));
  EXPECT_FALSE(NeverStepAction("Submit"));
}

// Greek reads without its accents and with final ς as σ (a button in capitals
// drops them); Romanian ș ț with a comma and ş ţ with a cedilla are one letter
// each; Ukrainian writes the apostrophe as ʼ as often as ' or ’.
TEST(PageWordsTest, GreekRomanianAndUkrainianSpellingsMeet) {
  EXPECT_EQ(LowerText("ΥΠΟΒΟΛΗ ΑΙΤΗΣΗΣ"), LowerText("Υποβολή αίτησης"));
  EXPECT_EQ(LowerText("Ώρα Ύψος Έτος"), "ωρα υψοσ ετοσ");
  EXPECT_EQ(LowerText("Trimiteți"), LowerText("Trimiteţi"));
  EXPECT_EQ(LowerText("ÎNREGISTREAZĂ-TE"), LowerText("Înregistrează-te"));
  EXPECT_EQ(LowerText("Ş"), LowerText("ș"));
  EXPECT_EQ(LowerText("Ґанок"), "ґанок");
  EXPECT_EQ(LowerText("зв\u02BCязок"), "зв'язок");
  EXPECT_TRUE(Says(LowerText("Σας ευχαριστούμε για την αίτησή σας!"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("ΣΑΣ ΕΥΧΑΡΙΣΤΟΥΜΕ ΓΙΑ ΤΗΝ ΑΙΤΗΣΗ ΣΑΣ"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Mulţumim pentru candidatură!"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Nu sunt robot"), Wording::kCaptcha));
  EXPECT_TRUE(Says(LowerText("Δεν είμαι ρομπότ"), Wording::kCaptcha));
  EXPECT_TRUE(Says(LowerText("Încarcă fişierul"), Wording::kUpload));
  EXPECT_TRUE(Says(LowerText("Tallózás"), Wording::kUpload));
  EXPECT_TRUE(Says(LowerText("Прикріпити файл"), Wording::kUpload));
  EXPECT_TRUE(Says(LowerText("ΕΠΙΛΟΓΗ ΑΡΧΕΙΟΥ"), Wording::kUpload));
  // Hungarian "Bejelentkezés" (sign in) is no "jelentkezés" (applying).
  EXPECT_TRUE(Says(LowerText("Bejelentkezés"), Wording::kSignIn));
  EXPECT_FALSE(Says(LowerText("Bejelentkezés"), Wording::kOpenForm));
}

// Persian pages: Contact Form 7's sent message as Iranian sites word it, the
// send and back buttons of their forms.
TEST(PageWordsTest, PersianConfirmationsAndButtons) {
  EXPECT_TRUE(Says(LowerText("درخواست شما با موفقیت ثبت شد. با شما تماس خواهیم گرفت."),
                   Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("ممنون از پیام شما. پیام شما ارسال شد."), Wording::kConfirmation));
  EXPECT_FALSE(Says(LowerText("ارسال درخواست همکاری"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("ارسال درخواست"), Wording::kSubmit));
  EXPECT_TRUE(Says(LowerText("مرحله بعد"), Wording::kNext));
  EXPECT_TRUE(Says(LowerText("مرحله قبل"), Wording::kBack));
}

// Slovak is read in its own words, not Czech's: "Reagovať na ponuku" opens the
// form (Czech "reagovat"), "Ďalej" moves on, "Späť" goes back, "Odoslať" sends.
TEST(PageWordsTest, SlovakButtonsAndPagesAreRead) {
  EXPECT_TRUE(Says(LowerText("Reagovať na ponuku →"), Wording::kOpenForm));
  EXPECT_TRUE(Says(LowerText("Ďalej"), Wording::kNext));
  EXPECT_TRUE(Says(LowerText("ĎALEJ"), Wording::kNext));
  EXPECT_TRUE(Says(LowerText("Späť"), Wording::kBack));
  EXPECT_TRUE(Says(LowerText("Odoslať prihlášku"), Wording::kSubmit));
  EXPECT_TRUE(Says(LowerText("Uložiť koncept"), Wording::kNeverStepAction));
  EXPECT_TRUE(Says(LowerText("Vaša prihláška bola úspešne odoslaná."), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Ponuka už nie je aktívna"), Wording::kClosed));
  EXPECT_TRUE(Says(LowerText("Nahrať súbor"), Wording::kUpload));
  EXPECT_FALSE(Says(LowerText("Odoslať prihlášku"), Wording::kConfirmation));
}

TEST(PageWordsTest, IndonesianConfirmationsAreConfirmations) {
  EXPECT_TRUE(Says(LowerText("Lamaran Anda berhasil dikirim!"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Terima kasih telah melamar di PT Armada"), Wording::kConfirmation));
  EXPECT_FALSE(Says(LowerText("Kirim lamaran"), Wording::kConfirmation));
}

// Croatian forms (Wufoo's hr form language, Odoo's hr translation): a paged form's
// Next / Previous Page and Send, and the page that says the application arrived.
TEST(PageWordsTest, CroatianButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Sljedeća stranica", "submit", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Prethodna stranica", "submit", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Pošalji", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Pošalji prijavu", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Spremi kao skicu", "button", true), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Vaša prijava za posao je uspješno zaprimljena, javit ćemo vam se "
                             "uskoro."),
                   Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Vaša prijava je uspješno poslana."), Wording::kConfirmation));
  EXPECT_FALSE(Says(LowerText("Pošalji prijavu"), Wording::kConfirmation));
}

// Serbian job boards (Latin script, ekavian): a posting's "Konkuriši" opens the
// application, a two-step form goes on with "Dalje" and back with "Nazad", and the
// page that says the application was sent; saving or reporting the posting is no
// step.
TEST(PageWordsTest, SerbianButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Konkuriši", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Konkurišite sada", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Konkuriši bez registracije", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Sledeći korak", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Nazad", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Pošalji prijavu", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Sačuvaj oglas", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Prijavi neregularan oglas", "", false), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Hvala, vaša prijava je uspešno poslata!"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Uspešno ste konkurisali na oglas."), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Oglas je istekao."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Rok za prijavu: 05.01.2027."), Wording::kClosed));
}

// Bulgarian job boards: a posting's "Кандидатствай" opens the application (the
// board's top-bar "Вход" is no way in), the form is sent with "Изпрати
// кандидатурата", and the page that says the application was sent; saving,
// sharing or reporting the posting, and a form's "Отказ", are no step.
TEST(PageWordsTest, BulgarianButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Кандидатствай", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Кандидатствайте сега", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Кандидатствай без регистрация", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Продължи", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Назад", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Изпрати кандидатурата", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Запази обявата", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Сподели", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Подай сигнал за обявата", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Отказ", "", true), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Кандидатурата Ви е изпратена успешно!"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Благодарим Ви за кандидатурата."), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Обявата е изтекла."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Валидна до: 29.12.2026"), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Изпрати кандидатурата"), Wording::kConfirmation));
}

// Macedonian job boards: a posting's "Аплицирај" opens the application, "Продолжи" /
// "Следно" and "Назад" step through it, "Испрати апликација" sends it, and the page
// says the application was sent; saving or sharing the posting, a form's "Откажи"
// and a password reminder are no step.
// Kazakh job boards: a vacancy's "Өтініш беру" opens the application (its capital
// Ө lower-cased), "Келесі" and "Артқа" step through it, "Өтініш жіберу" sends it, and
// the page says the application was sent; adding the vacancy to favourites, sharing
// it and a form's "Бас тарту" are no step.
TEST(PageWordsTest, KazakhButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Өтініш беру", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Келесі", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Жалғастыру", "submit", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Артқа", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Өтініш жіберу", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Жіберу", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("☆ Таңдаулыға қосу", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Бөлісу", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Бас тарту", "", true), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Өтінішіңіз жіберілді"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Вакансия жабылды."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Өтініш жіберу"), Wording::kConfirmation));
}

TEST(PageWordsTest, MacedonianButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Аплицирај", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Аплицирајте сега", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Аплицирај без регистрација", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Продолжи", "submit", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Следен чекор", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Претходен чекор", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Испрати апликација", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Поднеси ја апликацијата", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Зачувај оглас", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Сподели", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Откажи", "", true), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Заборавена лозинка", "", true), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Вашата апликација е успешно испратена!"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Ви благодариме за апликацијата."), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Огласот е истечен."), Wording::kClosed));
  EXPECT_TRUE(Says(LowerText("Рокот за аплицирање истече."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Рок за аплицирање: 31.12.2026"), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Испрати апликација"), Wording::kConfirmation));
}

// Catalan job offers (public employers' "Oferta de feina", university job boards):
// "Inscriu-t'hi" or "Presenta la candidatura" opens the application form, which
// "Envia" sends; the thank-you page says the application was received.
TEST(PageWordsTest, CatalanButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Inscriu-t'hi", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Inscriu-t’hi", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Presenta la candidatura", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Presenta la candidatura", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Envia", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Envia la sol·licitud", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Següent", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Enrere", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Cancel·la", "button", true), ButtonRole::kOther);
  EXPECT_TRUE(
      Says(LowerText("Gràcies per presentar la vostra candidatura"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Hem rebut la sol·licitud per a l'oferta."), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Aquesta oferta ja no està disponible."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Formulari de sol·licitud"), Wording::kConfirmation));
}

// Slovenian job boards and employers' forms: "Prijavi se" on a posting opens the
// application, "Pošlji prijavo" / "Oddaj prijavo" send it, "Naprej" / "Nazaj" step
// through it; saving or sharing the posting and "Prekliči" are no step.
TEST(PageWordsTest, SlovenianButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Prijavi se", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Prijavi se na oglas", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Naprej", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Nadaljuj", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Nazaj", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Pošlji prijavo", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Oddaj prijavo", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Shrani oglas", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Pošlji prijatelju", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Prekliči", "button", true), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Hvala za vašo prijavo!"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Vaša prijava je bila uspešno oddana."), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Oglas je potekel."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Rok za prijavo: 15. 01. 2027"), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Pošlji prijavo"), Wording::kConfirmation));
}

// Latvian job portals and employers' forms: "Pieteikties" on a posting opens the
// application, "Nosūtīt pieteikumu" / "Iesniegt" send it, "Tālāk" / "Turpināt" /
// "Atpakaļ" step through it, "Pieteikties bez reģistrācijas" goes on without an
// account; saving, sharing or reporting the posting is no step.
TEST(PageWordsTest, LatvianButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Pieteikties", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Pieteikties vakancei", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Tālāk", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Turpināt", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Atpakaļ", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Nosūtīt pieteikumu", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Iesniegt", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Saglabāt vakanci", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Ziņot par sludinājumu", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Atcelt", "button", true), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Pieteikties bez reģistrācijas"), Wording::kWithoutAccount));
  EXPECT_TRUE(Says(LowerText("Tikai nepieciešamās"), Wording::kDismissOverlay));
  EXPECT_TRUE(Says(LowerText("Paldies! Jūsu pieteikums ir nosūtīts."), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Paldies par pieteikumu"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Sludinājuma termiņš ir beidzies."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Pieteikties līdz 24.12.2026."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Nosūtīt pieteikumu"), Wording::kConfirmation));
}

// Icelandic job boards and employers' forms: "Sækja um" on a posting opens the
// application, "Senda umsókn" / "Senda" send it, "Áfram" / "Halda áfram" / "Til baka"
// step through it, "Sækja um án aðgangs" goes on without an account; saving or
// sharing the posting is no step.
TEST(PageWordsTest, IcelandicButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Sækja um", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Sækja um starfið", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Áfram", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Halda áfram", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Næsta skref", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Til baka", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Senda umsókn", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Senda", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Vista starf", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Hætta við", "button", true), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Sækja um án aðgangs"), Wording::kWithoutAccount));
  EXPECT_TRUE(Says(LowerText("Takk fyrir umsóknina!"), Wording::kConfirmation));
  EXPECT_TRUE(
      Says(LowerText("Umsókn þín hefur verið send til fyrirtækisins."), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Umsóknarfrestur er liðinn."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Umsóknarfrestur er til og með 20. desember."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Senda umsókn"), Wording::kConfirmation));
}

// Welsh public-sector forms (bilingual services with Cymraeg chosen: health boards,
// councils, the Welsh Government): "Gwneud cais" on a posting opens the application,
// "Nesaf" / "Yn ôl" step, "Cyflwyno cais" sends it, "Cadw a gorffen yn nes ymlaen"
// parks it, and "Mae eich cais wedi'i gyflwyno" confirms.
TEST(PageWordsTest, WelshButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Gwneud cais", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Gwneud cais am y swydd hon", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Nesaf", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Cadw a pharhau", "submit", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Yn ôl", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Cyflwyno cais", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Cyflwyno", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Cadw a gorffen yn nes ymlaen", "", true), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Cadw'r swydd", "", false), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Diolch. Mae eich cais wedi’i gyflwyno’n llwyddiannus."),
                   Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Cais wedi'i gyflwyno"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Mae'r swydd wedi cau."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Dyddiad cau: 20/12/2026"), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Cyflwyno cais"), Wording::kConfirmation));
}

// Georgian job portals and employers' forms: "აპლიკაციის გაგზავნა" / "CV-ის გაგზავნა" on
// a posting open the application, "გაგზავნა" sends it, "შემდეგი" / "უკან" step
// through it, "რეგისტრაციის გარეშე გაგრძელება" goes on without an account; saving or
// sharing the posting is no step.
TEST(PageWordsTest, GeorgianButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("აპლიკაციის გაგზავნა", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("CV-ის გაგზავნა", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("შემდეგი", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("გაგრძელება", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("უკან", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("გაგზავნა", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("განაცხადის გაგზავნა", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("გაზიარება", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("გაუქმება", "button", true), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("რეგისტრაციის გარეშე გაგრძელება"), Wording::kWithoutAccount));
  EXPECT_TRUE(Says(LowerText("მხოლოდ აუცილებელი"), Wording::kDismissOverlay));
  EXPECT_TRUE(Says(LowerText("თქვენი განაცხადი წარმატებით გაიგზავნა!"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("ვაკანსიას ვადა გაუვიდა."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("ბოლო ვადა: 31 დეკ, 2026"), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("განაცხადის გაგზავნა"), Wording::kConfirmation));
}

// Armenian job portals and employers' forms: "Դիմել" on a posting opens the
// application, "Ուղարկել դիմումը" sends it, "Հաջորդը" / "Հետ" step through it,
// "Դիմել առանց գրանցման" goes on without an account; saving, following or sharing
// the posting is no step. Capitals fold to small letters, and the question mark
// written over a vowel inside the word ("Դիմե՞լ") is no letter.
TEST(PageWordsTest, ArmenianButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Դիմել", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("ԴԻՄԵԼ ՀԻՄԱ", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Հաջորդը", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Շարունակել", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Հետ", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Ուղարկել դիմումը", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Ուղարկել", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Կիսվել", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("+ Հետևել ընկերությանը", "button", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Չեղարկել", "button", true), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Դիմել առանց գրանցման"), Wording::kWithoutAccount));
  EXPECT_TRUE(Says(LowerText("Համաձայն եմ"), Wording::kDismissOverlay));
  EXPECT_TRUE(Says(LowerText("Ձեր դիմումը հաջողությամբ ուղարկվել է"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Հայտարարության ժամկետը լրացել է։"), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Վերջնաժամկետ՝ 31.12.2026"), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Ուղարկել դիմումը"), Wording::kConfirmation));
  EXPECT_EQ(LowerText("Դիմե՞լ"), LowerText("դիմել"));
}

// A button's length is counted in letters, not bytes: Georgian (like Thai or
// Devanagari) takes three bytes a letter, so a plain guest's way in of 30 letters
// is no long sentence.
TEST(PageWordsTest, AButtonsLengthIsCountedInLettersNotBytes) {
  EXPECT_EQ(ClassifyButton("რეგისტრაციის გარეშე გაგრძელება", "button", false),
            ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("რეგისტრაციის გარეშე გაგრძელება", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Continue as a guest without creating an account, then apply to the "
                           "position below",
                           "button", false),
            ButtonRole::kOther);
}

// Albanian job portals and employers' forms: "Apliko tani" on a posting opens the
// application, "Dërgo aplikimin" sends it, "Vazhdo" / "Kthehu" step through it,
// "Vazhdo si vizitor" goes on without an account; saving the job or job alerts are
// no step.
// Azerbaijani job portals and employers' forms: "Müraciət et" on a vacancy opens the
// application and sends it from inside the form, "Müraciəti göndər" sends it,
// "Növbəti" / "Geri" step through it; adding the vacancy to favourites, subscribing
// to similar ones or a complaint are no step.
TEST(PageWordsTest, AzerbaijaniButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Müraciət et", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Vakansiyaya müraciət et", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Növbəti", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Davam et", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Geri", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Göndər", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Müraciəti göndər", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Seçilmişlərə əlavə et", "button", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Oxşar vakansiyalara abunə ol", "button", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Ləğv et", "button", true), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Qeydiyyatsız müraciət et"), Wording::kWithoutAccount));
  EXPECT_TRUE(Says(LowerText("Hamısını qəbul et"), Wording::kDismissOverlay));
  EXPECT_TRUE(Says(LowerText("Müraciətiniz uğurla göndərildi!"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Vakansiyanın müddəti bitib."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Bitmə tarixi: 31.12.2026"), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Müraciəti göndər"), Wording::kConfirmation));
}

TEST(PageWordsTest, AlbanianButtonsAndConfirmations) {
  EXPECT_EQ(ClassifyButton("Apliko tani", "", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Aplikoni online", "button", false), ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyButton("Vazhdo", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Hapi tjetër", "button", true), ButtonRole::kNext);
  EXPECT_EQ(ClassifyButton("Kthehu", "button", true), ButtonRole::kBack);
  EXPECT_EQ(ClassifyButton("Dërgo", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Dërgo aplikimin", "submit", true), ButtonRole::kSubmit);
  EXPECT_EQ(ClassifyButton("Ruaj punën", "", false), ButtonRole::kOther);
  EXPECT_EQ(ClassifyButton("Anulo", "button", true), ButtonRole::kOther);
  EXPECT_TRUE(Says(LowerText("Vazhdo si vizitor"), Wording::kWithoutAccount));
  EXPECT_TRUE(Says(LowerText("Apliko pa u regjistruar"), Wording::kWithoutAccount));
  EXPECT_TRUE(Says(LowerText("Prano të gjitha"), Wording::kDismissOverlay));
  EXPECT_TRUE(Says(LowerText("Aplikimi u dërgua me sukses!"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Afati i aplikimit ka përfunduar."), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Afati: 31/12/2026"), Wording::kClosed));
  EXPECT_FALSE(Says(LowerText("Dërgo aplikimin"), Wording::kConfirmation));
}

TEST(PageWordsTest, AnApplicationSentIsAConfirmation) {
  EXPECT_TRUE(Says(LowerText("Your application has been sent to Tasman Freight Systems"),
                   Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("Your application was sent to Hatch"), Wording::kConfirmation));
  EXPECT_FALSE(Says(LowerText("We have sent a code to your email"), Wording::kConfirmation));
}

TEST(PageWordsTest, PhrasesInUnspacedScriptsMatchInsideWords) {
  EXPECT_TRUE(Says(LowerText("フォームを送信する"), Wording::kSubmit));
  EXPECT_TRUE(Says(LowerText("确认提交"), Wording::kSubmit));
  EXPECT_TRUE(Says(LowerText("신청서 제출하기"), Wording::kSubmit));
}

// Thai runs its words together ("สมัครงานนี้" is apply + job + this): a Thai job
// board's posting opens its form with it, the form goes on with ถัดไป to a
// ยืนยันข้อมูล page whose ยืนยันการสมัคร sends it, and ล้างข้อมูล (a reset) or
// ย้อนกลับไปแก้ไข are never a step.
TEST(PageWordsTest, ThaiWordsRunTogetherAndStillMatch) {
  EXPECT_TRUE(Says(LowerText("สมัครงานนี้"), Wording::kOpenForm));
  EXPECT_TRUE(Says(LowerText("ถัดไป"), Wording::kNext));
  EXPECT_TRUE(Says(LowerText("ยืนยันการสมัคร"), Wording::kSubmit));
  EXPECT_TRUE(Says(LowerText("ยืนยันข้อมูล"), Wording::kReview));
  EXPECT_TRUE(Says(LowerText("ส่งใบสมัครเรียบร้อยแล้ว"), Wording::kConfirmation));
  EXPECT_FALSE(Says(LowerText("3. ส่งใบสมัครเรียบร้อย"), Wording::kConfirmation));  // a step's name
  EXPECT_TRUE(NeverStepAction("ล้างข้อมูล"));
  EXPECT_TRUE(NeverStepAction("ย้อนกลับไปแก้ไข"));
  EXPECT_FALSE(NeverStepAction("ยืนยันการสมัคร"));
  EXPECT_TRUE(Says(LowerText("เข้าสู่ระบบ"), Wording::kSignIn));
}

// A welcome screen's one button (Typeform, Jotform Cards, Tally, Microsoft
// Forms) in every language the engine reads: it shows the first question. Only
// as the whole text: a "start date" is a question.
TEST(PageWordsTest, AWelcomeScreensStartButtonInEveryLanguage) {
  for (const char* start :
       {"Start",   "Starten",  "Commencer", "Empezar",    "Inizia", "Começar", "開始する",
        "开始",    "시작하기", "ابدأ الآن", "Rozpocznij", "Начать", "Başla",   "Starta",
        "Bắt đầu", "Begynd",   "Begynn",    "Aloita",     "Začít",  "Mulai",   "Kezdés",
        "Începe",  "Почати",   "Έναρξη",    "התחל",       "เริ่มต้น",  "शुरू करें"}) {
    EXPECT_TRUE(SaysOnly(LowerText(start), Wording::kStartForm)) << start;
  }
  for (const char* not_start : {"Start date", "開始日", "Дата начала", "Data rozpoczęcia"}) {
    EXPECT_FALSE(SaysOnly(LowerText(not_start), Wording::kStartForm)) << not_start;
  }
}

// Hindi forms (Microsoft Forms and Google Forms in hi-IN, Indian employers' own
// pages): a cover card's "अभी प्रारंभ करें" shows the first question, "अगला" goes on,
// "वापस" goes back and "सबमिट करें" sends; the thank-you ends with the Devanagari
// full stop, which is no letter of its last word. The nukta and the chandrabindu
// are as often left out as written (फ़ाइल / फाइल, हटाएँ / हटाएं).
TEST(PageWordsTest, HindiWordsMatchWithTheirSpellingVariants) {
  EXPECT_TRUE(SaysOnly(LowerText("अभी प्रारंभ करें"), Wording::kStartForm));
  EXPECT_TRUE(Says(LowerText("अगला"), Wording::kNext));
  EXPECT_TRUE(Says(LowerText("वापस"), Wording::kBack));
  EXPECT_TRUE(Says(LowerText("सबमिट करें"), Wording::kSubmit));
  EXPECT_TRUE(Says(LowerText("धन्यवाद! आपका जवाब सबमिट कर दिया गया है।"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("फाइल अपलोड करें"), Wording::kUpload));
  EXPECT_EQ(LowerText("फ़ाइल हटाएँ"), LowerText("फाइल हटाएं"));
  EXPECT_EQ(LowerText("फ़"), LowerText("फ़"));  // फ़ precomposed and decomposed
  EXPECT_TRUE(NeverStepAction("resume.pdf हटाएँ"));
  EXPECT_FALSE(Says(LowerText("अगलापन"), Wording::kNext));
}

// Bengali forms (bn-BD: Bangladeshi job portals and employers' own pages): "অনলাইনে
// আবেদন করুন" opens the form, "পরবর্তী ধাপ" goes on, "পূর্ববর্তী ধাপ" goes back, "আবেদন
// জমা দিন" sends and "আপনার আবেদন সফলভাবে জমা হয়েছে" confirms, with the danda as its
// full stop. য় is typed as one code point or as য and a nukta.
TEST(PageWordsTest, BengaliWordsMatchWhicheverWayTheyAreTyped) {
  EXPECT_TRUE(SaysOnly(LowerText("অনলাইনে আবেদন করুন"), Wording::kOpenForm));
  EXPECT_TRUE(Says(LowerText("পরবর্তী ধাপ"), Wording::kNext));
  EXPECT_TRUE(Says(LowerText("পূর্ববর্তী ধাপ"), Wording::kBack));
  EXPECT_TRUE(Says(LowerText("আবেদন জমা দিন"), Wording::kSubmit));
  EXPECT_TRUE(Says(LowerText("ধন্যবাদ! আপনার আবেদন সফলভাবে জমা হয়েছে।"), Wording::kConfirmation));
  EXPECT_TRUE(Says(LowerText("এগি\u09DFে যান"), Wording::kNext));        // য় as one code point
  EXPECT_TRUE(Says(LowerText("এগি\u09AF\u09BCে যান"), Wording::kNext));  // য and a nukta
  EXPECT_TRUE(NeverStepAction("resume.pdf মুছুন"));
  EXPECT_FALSE(Says(LowerText("পরবর্তীতে"), Wording::kNext));
}

Button Described(std::string text, std::string type, bool emphasized, bool last_in_form,
                 bool in_form = true) {
  Button button;
  button.text = std::move(text);
  button.type = std::move(type);
  button.in_form = in_form;
  button.emphasized = emphasized;
  button.last_in_form = last_in_form;
  button.role = ClassifyButton(button.text, button.type, button.in_form);
  return button;
}

// A button of a box the page draws over its form.
Button ButtonInBox(const char* text) {
  Button button;
  button.text = text;
  button.in_dialog = true;
  return button;
}

// A message box the page draws over its form (Ext JS's Ext.Msg.alert, Bootstrap's
// and SweetAlert's modals) is closed by its acknowledging button, in the page's
// language, or by its only button; a dialog that asks something, holds a field or
// leaves another way on is no bare message.
TEST(MessageBoxAcknowledgementTest, TheBoxsOwnOkOrItsOnlyButton) {
  PageSnapshot page;
  page.buttons = {ButtonInBox("\u2715"), ButtonInBox("OK")};
  ASSERT_NE(MessageBoxAcknowledgement(page), nullptr);
  EXPECT_EQ(MessageBoxAcknowledgement(page)->text, "OK");
  page.buttons = {ButtonInBox("Fechar")};
  ASSERT_NE(MessageBoxAcknowledgement(page), nullptr);
  page.buttons = {ButtonInBox("Corrigir os dados")};
  ASSERT_NE(MessageBoxAcknowledgement(page), nullptr) << "the box's only button";
  page.buttons = {ButtonInBox("Cancelar")};
  EXPECT_EQ(MessageBoxAcknowledgement(page), nullptr) << "a way out of the application";
  page.buttons = {ButtonInBox("Sim"), ButtonInBox("N\u00e3o")};
  EXPECT_EQ(MessageBoxAcknowledgement(page), nullptr) << "a question, not a message";
  page.buttons = {ButtonInBox("OK"), ButtonInBox("Seguinte")};
  page.buttons[1].role = ButtonRole::kNext;
  EXPECT_EQ(MessageBoxAcknowledgement(page), nullptr) << "a way on of its own";
  page.buttons = {ButtonInBox("OK")};
  page.buttons[0].in_dialog = false;
  EXPECT_EQ(MessageBoxAcknowledgement(page), nullptr) << "no box at all";
  page.buttons = {ButtonInBox("OK")};
  page.buttons[0].in_overlay = true;
  EXPECT_EQ(MessageBoxAcknowledgement(page), nullptr) << "a cookie banner's, dismissed as such";
  page.buttons = {ButtonInBox("OK")};
  page.fields.emplace_back();
  EXPECT_EQ(MessageBoxAcknowledgement(page), nullptr) << "a dialog with something to fill";
}

// The yes of a yes/no box the page draws (Ext.Msg.confirm): in the page's
// language, beside its no; a lone "Yes" asks nothing.
TEST(MessageBoxYesTest, TheYesBesideItsNo) {
  PageSnapshot page;
  page.buttons = {ButtonInBox("Sim"), ButtonInBox("N\u00e3o")};
  ASSERT_NE(MessageBoxYes(page), nullptr);
  EXPECT_EQ(MessageBoxYes(page)->text, "Sim");
  page.buttons = {ButtonInBox("Nein"), ButtonInBox("Ja")};
  ASSERT_NE(MessageBoxYes(page), nullptr);
  EXPECT_EQ(MessageBoxYes(page)->text, "Ja");
  page.buttons = {ButtonInBox("Yes")};
  EXPECT_EQ(MessageBoxYes(page), nullptr) << "nothing to choose between";
  page.buttons = {ButtonInBox("OK"), ButtonInBox("Cancel")};
  EXPECT_EQ(MessageBoxYes(page), nullptr) << "no yes";
  page.buttons = {ButtonInBox("Yes"), ButtonInBox("No")};
  page.fields.emplace_back();
  EXPECT_EQ(MessageBoxYes(page), nullptr) << "a question inside a form";
}

TEST(FindPrimaryActionTest, TheFormsLastEmphasizedButtonWhenNoWordsAreKnown) {
  std::vector<Button> buttons = {Described("Save for later", "button", false, false),
                                 Described("Los geht's", "button", true, true)};
  FindPrimaryAction(buttons);
  EXPECT_EQ(buttons[1].role, ButtonRole::kSubmit);
  EXPECT_TRUE(buttons[1].by_position);
  EXPECT_EQ(buttons[0].role, ButtonRole::kOther);
}

TEST(FindPrimaryActionTest, NeverARuledOutOrPlainOrOutsideButton) {
  std::vector<Button> ruled_out = {Described("Finish later", "button", true, true)};
  FindPrimaryAction(ruled_out);
  EXPECT_EQ(ruled_out[0].role, ButtonRole::kOther);
  std::vector<Button> plain = {Described("Go", "button", false, true)};
  FindPrimaryAction(plain);
  EXPECT_EQ(plain[0].role, ButtonRole::kOther);
  std::vector<Button> outside = {Described("Go", "submit", true, false, false)};
  FindPrimaryAction(outside);
  EXPECT_EQ(outside[0].role, ButtonRole::kOther);
  // A form's own submit button counts even unstyled.
  std::vector<Button> submit = {Described("Go", "submit", false, true)};
  FindPrimaryAction(submit);
  EXPECT_EQ(submit[0].role, ButtonRole::kSubmit);
}

// A form builder's badge under the last question (Typeform's "Powered by
// Typeform", a coloured link to typeform.com) leaves the form; a send drawn as a
// link with no address of its own is still the form's.
TEST(FindPrimaryActionTest, NeverALinkThatLeavesThePage) {
  Button badge = Described("Powered by Typeform", "", true, true);
  badge.tag = "a";
  badge.href = "https://www.typeform.com/";
  std::vector<Button> buttons = {badge};
  FindPrimaryAction(buttons);
  EXPECT_EQ(buttons[0].role, ButtonRole::kOther);
  buttons[0].href = "#";
  FindPrimaryAction(buttons);
  EXPECT_EQ(buttons[0].role, ButtonRole::kSubmit);
}

TEST(FindPrimaryActionTest, KnownWordsWin) {
  std::vector<Button> buttons = {Described("Weiter", "button", false, false),
                                 Described("Los", "submit", true, true)};
  FindPrimaryAction(buttons);
  EXPECT_EQ(buttons[0].role, ButtonRole::kNext);
  EXPECT_EQ(buttons[1].role, ButtonRole::kOther);
}

Field Box(ControlKind kind, std::string label) {
  Field field;
  field.kind = kind;
  field.label = std::move(label);
  return field;
}

PageSnapshot Page(std::string text, std::vector<Field> fields, std::vector<Button> buttons) {
  PageSnapshot snapshot;
  snapshot.text = std::move(text);
  snapshot.fields = std::move(fields);
  snapshot.buttons = std::move(buttons);
  return snapshot;
}

TEST(ClassifyPageTest, AnEmailFirstStepIsAFormStepNotASignInWall) {
  auto snapshot = Page(
      "Apply for Backend Engineer. Enter your e-mail to start. Already have an account? Sign in.",
      {Box(ControlKind::kEmail, "E-mail"),
       Box(ControlKind::kCheckbox, "I accept the privacy policy")},
      {Described("Next", "submit", true, true), Described("Sign in", "", false, false, false)});
  EXPECT_EQ(ClassifyPage(snapshot), PageKind::kFormStep);
}

// The last section of a form shown a section at a time (ASP.NET WebForms'
// "Next" panels, one-question-per-screen wizards) may hold only boxes to tick
// (skills, consents) and the send button: a step to fill.
TEST(ClassifyPageTest, OnlyBoxesToTickAndASendButtonIsAFormStep) {
  auto snapshot = Page("Section 4 of 4: Skills and consent",
                       {Box(ControlKind::kCheckbox, "C++"), Box(ControlKind::kCheckbox, "Go"),
                        Box(ControlKind::kCheckbox, "I agree to the processing of my data")},
                       {Described("Submit application", "submit", true, true)});
  EXPECT_EQ(ClassifyPage(snapshot), PageKind::kFormStep);
  // A box with no step to take (a job list's "remote only" filter) is no form.
  auto list = Page("Open positions", {Box(ControlKind::kCheckbox, "Remote only")},
                   {Described("Show more", "button", false, false, false)});
  EXPECT_NE(ClassifyPage(list), PageKind::kFormStep);
}

// GOV.UK and NHS services end with the Design System's "Check your answers" page:
// a summary list with "Change" links and the send button, nothing to fill.
TEST(ClassifyPageTest, ACheckYourAnswersPageIsAReviewStep) {
  auto snapshot = Page("Your details First name Jordan Change Now send your application", {},
                       {Described("Submit application", "submit", true, true)});
  snapshot.headings = {"Check your answers before sending your application", "Your details",
                       "Now send your application"};
  EXPECT_EQ(ClassifyPage(snapshot), PageKind::kReviewStep);
}

// The end of an application on a career portal (BrassRing's Talent Gateway,
// Taleo) thanks under a short heading and links back to the job it took
// ("Return to job details"): that link, the only posting the page lists, is
// no way on, and the page is the confirmation.
TEST(ClassifyPageTest, AThankYouPageLinkingBackToThePostingIsAConfirmation) {
  Button back;
  back.text = "Return to job details";
  back.tag = "a";
  back.href =
      "https://careers.example.com/1033/ASP/TG/cim_jobdetail?partnerid=1&siteid=5&jobid=1184302";
  auto snapshot = Page(
      "Thank you. Your submission for Senior Software Engineer (24-0917BR) is complete. Return "
      "to job details",
      {}, {back});
  snapshot.headings = {"Thank you"};
  OpenTheOnlyPosting(snapshot);
  ASSERT_EQ(snapshot.buttons.front().role, ButtonRole::kOpenForm);
  EXPECT_EQ(ClassifyPage(snapshot), PageKind::kConfirmation);
}

TEST(ClassifyPageTest, APasswordWithSignInWordsIsASignInWall) {
  for (const char* text :
       {"Sign in to apply", "Melden Sie sich an: Anmelden", "Iniciar sesión para continuar",
        "Créer un compte pour postuler", "Bejelentkezés a jelentkezéshez", "Autentificare",
        "Увійти в кабінет", "Σύνδεση για να κάνετε αίτηση"}) {
    auto snapshot = Page(text, {Box(ControlKind::kEmail, "E-mail")}, {});
    snapshot.has_password = true;
    EXPECT_EQ(ClassifyPage(snapshot), PageKind::kLoginWall) << text;
  }
}

// Career portals (Avature, SuccessFactors, Taleo) put a returning candidate's
// log-in beside the way in for a first-time applicant: that page is a posting
// whose way in is taken, not a wall. Another site's account is no way in.
TEST(ClassifyPageTest, ALogInBesideAWayInWithoutAnAccountIsAPosting) {
  for (const char* way_in :
       {"Apply manually", "Continue as guest", "Als Gast fortfahren", "Postuler sans compte"}) {
    auto snapshot =
        Page("Already applied before? Log in with your candidate account. First time applicant",
             {Box(ControlKind::kEmail, "Email")},
             {Described("Log in", "submit", false, true),
              Described("Apply with LinkedIn", "button", false, false, false),
              Described(way_in, "", true, false, false)});
    snapshot.has_password = true;
    EXPECT_EQ(ClassifyPage(snapshot), PageKind::kPosting) << way_in;
  }
  for (const char* only : {"Apply with LinkedIn", "Sign in to apply", "Sign in with Google"}) {
    auto snapshot = Page("Log in to apply. Create an account.", {Box(ControlKind::kEmail, "Email")},
                         {Described("Log in", "submit", false, true),
                          Described(only, "button", false, false, false)});
    snapshot.has_password = true;
    EXPECT_EQ(ClassifyPage(snapshot), PageKind::kLoginWall) << only;
  }
}

// Server-rendered portals (Umantis' CheckLogin page, Rails' button_to) draw the
// first-time applicant's way in as the only button of a form of its own beside
// the log-in form: it opens the application as a link would. Inside a form with
// boxes to fill (an e-mail-first step) the same words take that form's step.
TEST(ClassifyPageTest, AWayInWithoutAnAccountInAFormOfItsOwnIsAPostingsWayIn) {
  Button guest;
  guest.text = "Ohne Registrierung bewerben";
  guest.type = "submit";
  guest.in_form = true;
  guest.last_in_form = true;
  guest.in_fieldless_form = true;
  guest.role = ClassifyButtonIn(guest);
  EXPECT_EQ(guest.role, ButtonRole::kOpenForm);
  auto snapshot =
      Page("Wie möchten Sie sich bewerben? Neu hier? Bereits registriert? Anmelden Passwort",
           {Box(ControlKind::kText, "Benutzername / E-Mail")},
           {guest, Described("Anmelden", "submit", true, true)});
  snapshot.has_password = true;
  EXPECT_EQ(ClassifyPage(snapshot), PageKind::kPosting);

  Button step = guest;
  step.in_fieldless_form = false;
  EXPECT_EQ(ClassifyButtonIn(step), ButtonRole::kNext);
}

// ASP.NET WebForms portals (BrassRing's Talent Gateway, many ATSs of its age)
// draw the returning candidate's log-in and the guest's way in inside the one
// form of the page, the guest's consent beside it: the page is a step whose way
// on is the guest's, after the consent; the log-in's name box is no field.
TEST(ClassifyPageTest, AGuestWayInTheFormBesideALogInIsAStep) {
  for (const char* way_in : {"Apply as guest", "Continue as guest", "Apply manually"}) {
    Field name_box = Box(ControlKind::kText, "Username (e-mail address)");
    name_box.log_in_box = true;
    auto snapshot =
        Page("Returning users: log in to apply with your saved profile. New users",
             {name_box, Box(ControlKind::kCheckbox, "I accept the data privacy policy")},
             {Described("Log in", "submit", false, false), Described(way_in, "", false, false)});
    snapshot.has_password = true;
    SetAsideTheLogIn(snapshot);
    ASSERT_EQ(snapshot.fields.size(), 1u) << way_in;
    EXPECT_EQ(snapshot.fields.front().kind, ControlKind::kCheckbox) << way_in;
    EXPECT_EQ(ClassifyPage(snapshot), PageKind::kFormStep) << way_in;
  }
  // Without a way in for a guest the log-in is the page: a wall, its boxes kept.
  Field name_box = Box(ControlKind::kText, "Username (e-mail address)");
  name_box.log_in_box = true;
  auto wall = Page("Log in to apply", {name_box}, {Described("Log in", "submit", false, false)});
  wall.has_password = true;
  SetAsideTheLogIn(wall);
  EXPECT_EQ(wall.fields.size(), 1u);
  EXPECT_EQ(ClassifyPage(wall), PageKind::kLoginWall);
}

// A page that offers ways to apply (d.vinci's intro page, many portals' "apply
// with your profile" choosers): importing another site's profile is the person's
// to do; filling in the form is the way in.
TEST(ClassifyButtonTest, FillingInTheFormIsTheWayInBesideAProfileImport) {
  for (const char* way_in : {"Bewerbungsformular ausfüllen", "Formular ausfüllen",
                             "Fill out the form", "Fill in the application form",
                             "Remplir le formulaire", "Formulier invullen", "Manuell bewerben"}) {
    EXPECT_EQ(ClassifyButton(way_in, "", false), ButtonRole::kOpenForm) << way_in;
  }
  for (const char* elsewhere : {"Mit XING-Profil bewerben", "Mit LinkedIn-Profil bewerben"}) {
    EXPECT_EQ(ClassifyButton(elsewhere, "", false), ButtonRole::kOther) << elsewhere;
  }
}

TEST(ClassifyPageTest, OnlySignInAndCreateAccountButtonsIsASignInWall) {
  auto snapshot = Page("To apply for this job you need a candidate account.", {},
                       {Described("Sign in", "button", false, false, false),
                        Described("Create account", "button", false, false, false)});
  EXPECT_EQ(ClassifyPage(snapshot), PageKind::kLoginWall);
}

TEST(ClassifyPageTest, CaptchaByWidgetOrWords) {
  auto widget = Page("Apply", {}, {});
  widget.has_captcha = true;
  EXPECT_EQ(ClassifyPage(widget), PageKind::kCaptcha);
  EXPECT_EQ(ClassifyPage(Page("Bitte bestätigen: Ich bin kein Roboter", {}, {})),
            PageKind::kCaptcha);
  EXPECT_EQ(ClassifyPage(Page("Please verify you are human to continue", {}, {})),
            PageKind::kCaptcha);
  for (const char* text : {"Nem vagyok robot", "Nu sunt robot", "Я не робот", "Δεν είμαι ρομπότ"}) {
    EXPECT_EQ(ClassifyPage(Page(text, {}, {})), PageKind::kCaptcha) << text;
  }
}

// Shops' and small sites' end pages often say only "Thank you!" over an order
// number or a sentence the confirmation phrases do not hold.
TEST(ClassifyPageTest, AThankYouHeadingOverAPageWithNothingToFillIsAConfirmation) {
  const std::pair<const char*, const char*> pages[] = {
      {"¡Gracias!", "Hemos recibido tus datos de envío. Pedido #1047 confirmado."},
      {"Thank you!", "A member of our team will review your profile."},
      {"¡Felicidades!", "Nos pondremos en contacto con usted pronto."},
      {"Vielen Dank!", "Wir melden uns in Kürze bei Ihnen."},
      {"Merci !", "Nous revenons vers vous rapidement."},
      {"Спасибо!", "Мы свяжемся с вами в ближайшее время."},
      {"ありがとうございます", "担当者よりご連絡いたします。"},
      {"Bedankt!", "We nemen snel contact met je op."},
  };
  for (const auto& [heading, text] : pages) {
    auto snapshot = Page(text, {}, {Described("Back to the shop", "", false, false, false)});
    snapshot.headings = {heading};
    EXPECT_EQ(ClassifyPage(snapshot), PageKind::kConfirmation) << heading;
  }
  // Spanish and Portuguese say it of a feminine "solicitud" / "candidatura".
  EXPECT_EQ(ClassifyPage(Page("Su solicitud ha sido enviada correctamente.", {}, {})),
            PageKind::kConfirmation);
  EXPECT_EQ(ClassifyPage(Page("Tu candidatura fue enviada con éxito.", {}, {})),
            PageKind::kConfirmation);

  // Not when something is left to do, nor a long heading that merely thanks.
  auto posting = Page("We build robots.", {}, {Described("Apply now", "", true, false, false)});
  posting.headings = {"Thank you for your interest!"};
  EXPECT_EQ(ClassifyPage(posting), PageKind::kPosting);
  auto form = Page("Tell us about you.", {Box(ControlKind::kText, "Name")},
                   {Described("Send", "submit", true, true)});
  form.headings = {"Thanks!"};
  EXPECT_EQ(ClassifyPage(form), PageKind::kFormStep);
  auto sponsors = Page("Our sponsors.", {}, {});
  sponsors.headings = {"Thanks to our sponsors and partners for their years of support"};
  EXPECT_NE(ClassifyPage(sponsors), PageKind::kConfirmation);
  auto third = Page("About us.", {}, {});
  third.headings = {"Our story", "Our team", "Thanks!"};
  EXPECT_NE(ClassifyPage(third), PageKind::kConfirmation);
}

// Posting pages that hold their form (Comeet, Ashby, Lever's hosted pages) answer
// a sent application where the form was: the posting's own text stays above it,
// so the page as a whole reads as the posting, but the form is gone and thanks
// appeared that were not there before the click.
TEST(ConfirmedInPlaceTest, ThanksThatReplacedTheFormOnAPostingPage) {
  std::string posting_text = "Senior Backend Engineer. San Francisco. ";
  for (int i = 0; i < 8; ++i) {
    posting_text +=
        "About the role: you will build the services that move our customers' data. "
        "Requirements: Go or C++, five years. ";
  }
  auto before = Page(posting_text, {Box(ControlKind::kText, "First name")},
                     {Described("Submit application", "submit", true, true)});
  before.headings = {"Harborlight", "Senior Backend Engineer", "About the role",
                     "Apply for this position"};
  auto after = Page(posting_text +
                        " Thank you! Your application for Senior Backend Engineer "
                        "has been submitted.",
                    {}, {Described("Share", "button", false, false, false)});
  after.headings = {"Harborlight", "Senior Backend Engineer", "About the role", "Thank you!"};
  EXPECT_NE(ClassifyPage(after), PageKind::kConfirmation);
  EXPECT_TRUE(ConfirmedInPlace(before, after));
  // A sentence with no heading, in another language.
  auto sentence = Page(posting_text + " Vielen Dank für Ihre Bewerbung! Wir melden uns.", {}, {});
  sentence.headings = before.headings;
  EXPECT_TRUE(ConfirmedInPlace(before, sentence));

  // Thanks that stood there before the click prove nothing; nor does a page that
  // still holds the form, or the same page with its form closed and nothing said.
  auto standing = before;
  standing.text += " Thank you for applying!";
  auto standing_after = Page(standing.text, {}, {});
  standing_after.headings = before.headings;
  EXPECT_FALSE(ConfirmedInPlace(standing, standing_after));
  auto still_form = Page(posting_text + " Thank you!", {Box(ControlKind::kText, "First name")},
                         {Described("Submit application", "submit", true, true)});
  still_form.headings = {"Senior Backend Engineer", "Thank you!"};
  EXPECT_FALSE(ConfirmedInPlace(before, still_form));
  auto closed = Page(posting_text, {}, {});
  closed.headings = {"Senior Backend Engineer"};
  EXPECT_FALSE(ConfirmedInPlace(before, closed));
}

// A job board embedded in a company's careers page (an iframe holding the posting
// and its form) confirms inside its frame; the page around it keeps its own text
// and boxes (a talent-community e-mail sign-up the run may have filled), so the
// page as a whole neither reads as a confirmation nor lost its fields.
TEST(ConfirmedInFrameTest, AnEmbeddedFormConfirmsInItsFrame) {
  auto in_frame = [](Field field, const char* frame) {
    field.frame_id = frame;
    return field;
  };
  auto button_in = [](Button button, const char* frame) {
    button.frame_id = frame;
    return button;
  };
  auto page = [](std::vector<PageSnapshot::FrameReading> readings, std::vector<Field> fields,
                 std::vector<Button> buttons) {
    PageSnapshot snapshot;
    snapshot.frames = {{"main", "", "http://careers.example/jobs", "", false},
                       {"board", "main", "http://boards.example/embed/job_app", "", false}};
    for (const auto& reading : readings) {
      snapshot.text += reading.text + "\n";
      snapshot.headings.insert(snapshot.headings.end(), reading.headings.begin(),
                               reading.headings.end());
    }
    snapshot.frame_readings = std::move(readings);
    snapshot.fields = std::move(fields);
    snapshot.buttons = std::move(buttons);
    snapshot.kind = ClassifyPage(snapshot);
    return snapshot;
  };
  const PageSnapshot::FrameReading careers{
      "main",
      "Build the software that keeps the lights on. Not the right role? Join us.",
      {"Build the software that keeps the lights on", "Not the right role?"}};
  Field talent = in_frame(Box(ControlKind::kEmail, "Email address"), "main");
  talent.value = "jordan.rivera@example.com";
  const Button keep_posted = button_in(Described("Keep me posted", "submit", false, true), "main");
  const PageSnapshot before = page(
      {careers, {"board", "Senior Software Engineer. Apply for this Job.", {"Apply for this Job"}}},
      {talent, in_frame(Box(ControlKind::kText, "First Name"), "board")},
      {keep_posted, button_in(Described("Submit Application", "button", true, true), "board")});
  const PageSnapshot after = page({careers,
                                   {"board",
                                    "Thank you for applying. Your application has been received.",
                                    {"Thank you for applying."}}},
                                  {talent}, {keep_posted});
  EXPECT_NE(after.kind, PageKind::kConfirmation);
  EXPECT_FALSE(ConfirmedInPlace(before, after));
  EXPECT_TRUE(ConfirmedInFrame(before, after, "board"));
  // The page itself, a frame that still holds the form, or one that never held
  // any confirm nothing by themselves.
  EXPECT_FALSE(ConfirmedInFrame(before, after, "main"));
  const PageSnapshot still_form = page(
      {careers, {"board", "Thank you! Apply for this Job.", {"Apply for this Job"}}},
      {talent, in_frame(Box(ControlKind::kText, "First Name"), "board")},
      {keep_posted, button_in(Described("Submit Application", "button", true, true), "board")});
  EXPECT_FALSE(ConfirmedInFrame(before, still_form, "board"));
  const PageSnapshot no_form =
      page({careers, {"board", "Our open roles.", {"Open roles"}}}, {talent}, {keep_posted});
  EXPECT_FALSE(ConfirmedInFrame(no_form, after, "board"));
}

// Contact Form 7 and many client-rendered forms confirm with a message over the
// same form, emptied. Emptied boxes without such words, or the words with the
// boxes still holding what was typed (or with errors shown), are no answer.
TEST(ConfirmedInPlaceTest, AFormThatResetItselfUnderANewConfirmation) {
  auto filled = [](const char* name, const char* label, const char* value) {
    Field field = Box(ControlKind::kText, label);
    field.name = name;
    field.value = value;
    return field;
  };
  const std::vector<Button> send = {Described("Send", "submit", true, true)};
  auto before = Page("Contact us. Leave us a message.",
                     {filled("your-name", "Name", "Jordan Rivera"),
                      filled("your-email", "Email", "jordan@example.com"),
                      filled("your-message", "Message", "Hello")},
                     send);
  auto emptied = before;
  for (auto& field : emptied.fields) field.value.clear();
  auto sent = emptied;
  sent.text += " Thank you for your message. It has been sent.";
  EXPECT_TRUE(ConfirmedInPlace(before, sent));
  EXPECT_FALSE(ConfirmedInPlace(before, emptied));
  auto kept = before;
  kept.text = sent.text;
  EXPECT_FALSE(ConfirmedInPlace(before, kept));
  auto refused = sent;
  refused.errors.push_back({.message = "Please fill in this field.", .field = 0, .source = "x"});
  EXPECT_FALSE(ConfirmedInPlace(before, refused));

  // A list goes back to its default, not to empty ("+966" of a dialling-code list
  // on a Saudi contact form): the boxes emptied still tell.
  Field code = Box(ControlKind::kSelect, "Country code");
  code.name = "country-code";
  code.value = "+1";
  auto with_list = before;
  with_list.fields.push_back(code);
  auto list_reset = sent;
  code.value = "+966";
  list_reset.fields.push_back(code);
  EXPECT_TRUE(ConfirmedInPlace(with_list, list_reset));
}

// The form taken, the page moves on to the payment step (a checkout's "Betalning"
// with the payment provider's widget): the form was sent; paying is the person's.
// The same heading standing before the click, or the form still there, is no
// such answer.
TEST(MovedOnToPaymentTest, APaymentStepThatReplacedTheForm) {
  auto before =
      Page("Kassa. Kontaktuppgifter. Leveransadress.", {Box(ControlKind::kText, "E-post")},
           {Described("Fortsätt till betalning", "submit", true, true)});
  before.headings = {"Kassa", "Kontaktuppgifter"};
  auto after = Page("Kassa. Betalning. Klarna: betala med kort eller faktura.", {}, {});
  after.headings = {"Kassa", "Betalning"};
  EXPECT_EQ(MovedOnToPayment(before, after), "Betalning");
  auto english = after;
  english.headings = {"Checkout", "Payment"};
  EXPECT_EQ(MovedOnToPayment(before, english), "Payment");
  auto still_form = after;
  still_form.fields = before.fields;
  EXPECT_EQ(MovedOnToPayment(before, still_form), "");
  auto standing = before;
  standing.headings.push_back("Betalning");
  EXPECT_EQ(MovedOnToPayment(standing, after), "");
  auto elsewhere = after;
  elsewhere.headings = {"Kassa", "Leverans"};
  EXPECT_EQ(MovedOnToPayment(before, elsewhere), "");
}

TEST(ClassifyPageTest, ClosedPostingsInManyLanguages) {
  for (const char* text :
       {"This job is no longer available.", "Diese Stelle ist nicht mehr verfügbar.",
        "Cette offre a expiré.", "Esta oferta ya no está disponible.",
        "Questa posizione è stata chiusa.", "Deze vacature is gesloten.",
        "Esta vaga foi preenchida.", "Ez az állás már nem elérhető.", "Anunțul a expirat.",
        "Anunţul nu mai este activ.", "Вакансію закрито.", "Η αγγελία δεν είναι πλέον ενεργή.",
        "Δε βρέθηκε αρχείο αυτής της θέσης εργασίας!"}) {
    EXPECT_EQ(ClassifyPage(Page(text, {}, {})), PageKind::kError) << text;
  }
}

TEST(ClassifyPageTest, AClosedNoticeOverAJobListWithFiltersIsAnErrorPage) {
  // An ended posting often lands on the company's job list: a notice, filter
  // boxes that are fields, and no step to take.
  Button job = Described("Data Analyst (m/w/d)", "", false, false, false);
  for (const char* text :
       {"Acme GmbH. Diese Stelle ist nicht mehr verfügbar. Offene Stellen",
        "Acme. This job is no longer available. Open positions",
        "Acme. Вакансия закрыта. Другие вакансии", "Acme. 募集は終了しました。 その他の求人"}) {
    auto snapshot =
        Page(text, {Box(ControlKind::kSelect, "Abteilung"), Box(ControlKind::kSelect, "Standort")},
             {job});
    EXPECT_EQ(ClassifyPage(snapshot), PageKind::kError) << text;
  }
  // A form with its step action is a form, whatever a notice on it says.
  auto form = Page("This job is no longer available in your region. Apply anyway:",
                   {Box(ControlKind::kText, "Name")}, {Described("Submit", "submit", true, true)});
  EXPECT_EQ(ClassifyPage(form), PageKind::kFormStep);
}

Button Link(std::string text, std::string href, bool in_navigation = false) {
  Button link = Described(std::move(text), "", false, false, false);
  link.tag = "a";
  link.href = std::move(href);
  link.in_navigation = in_navigation;
  return link;
}

TEST(PostingLinksTest, AJobListWithOnePostingOpensIt) {
  auto list = Page(
      "Current openings. Click a job title to apply.", {},
      {Link("Careers home", "careers?p=home", true), Link("All jobs", "careers?p=showAll", true),
       Link("Platform Engineer", "careers/showJob?ID=7"),
       Link("Platform Engineer", "careers/showJob?ID=7"), Link("Privacy", "/privacy")});
  OpenTheOnlyPosting(list);
  EXPECT_EQ(list.buttons[2].role, ButtonRole::kOpenForm);
  EXPECT_TRUE(list.buttons[2].by_position);
  EXPECT_EQ(ClassifyPage(list), PageKind::kPosting);
  for (std::size_t i : {0u, 1u, 4u}) EXPECT_EQ(list.buttons[i].role, ButtonRole::kOther) << i;
}

TEST(PostingLinksTest, AddressesThatNameAPostingInManyForms) {
  for (const char* href : {"/jobs/4711-backend", "https://acme.example/en/job/4711",
                           "/karriere/stellenangebote/42", "/offres-emploi/17", "jobDetail?jobId=9",
                           "/vacatures/12", "/o/position-3", "#/job/38215", "#!/jobs/7"}) {
    const auto page = Page("Jobs", {}, {Link("Backend Engineer", href)});
    EXPECT_EQ(PostingLinks(page).size(), 1u) << href;
  }
  for (const char* href : {"/about", "https://jobs.example/about-us", "#top", "mailto:hr@x.example",
                           "/blog/why-we-hire"}) {
    const auto page = Page("Jobs", {}, {Link("About us", href)});
    EXPECT_TRUE(PostingLinks(page).empty()) << href;
  }
}

TEST(PostingLinksTest, AListOfSeveralIsLeftToThePerson) {
  auto list = Page("Open positions", {},
                   {Link("Backend Engineer", "/jobs/1"), Link("Data Analyst", "/jobs/2")});
  OpenTheOnlyPosting(list);
  EXPECT_EQ(PostingLinks(list).size(), 2u);
  EXPECT_EQ(list.buttons[0].role, ButtonRole::kOther);
  EXPECT_EQ(list.buttons[1].role, ButtonRole::kOther);
  // A page with its own Apply is a posting: its links to other jobs stay links.
  auto posting = Page(
      "Backend Engineer", {},
      {Described("Apply now", "", false, false, false), Link("Similar: Data Analyst", "/jobs/2")});
  OpenTheOnlyPosting(posting);
  EXPECT_EQ(posting.buttons[1].role, ButtonRole::kOther);
}

// A button in the posting's content whose words the engine does not read.
Button CodedAs(std::string text, std::string code_words, std::string href = "") {
  Button button = Link(std::move(text), std::move(href));
  button.tag = button.href.empty() ? "button" : "a";
  button.code_words = std::move(code_words);
  button.role = ClassifyButtonIn(button);
  return button;
}

TEST(WayInByCodeTest, AnApplyButtonInAnUnknownLanguageIsTheWayInItsCodeNames) {
  // Basque "Eman izena" as a link styled btn--apply; Greenlandic "Qinnuteqarit" as a
  // button that opens the application with data-open-apply; Swahili "Omba kazi"
  // with a camel-cased id.
  for (const auto& [text, code, href] :
       {std::tuple{"Eman izena", "btn btn primary apply", "/eskaera/1287654"},
        std::tuple{"Qinnuteqarit", "btn btn primary btn large open apply", ""},
        std::tuple{"Omba kazi", "apply button", ""}}) {
    auto posting =
        Page("Vanemarendaja. Nõuded: C++, Go.", {},
             {Link("Töökuulutused", "/toopakkumised", true), CodedAs("Jaga", "share button"),
              CodedAs(text, code, href), CodedAs(text, code, href)});
    OpenTheWayInItsCodeNames(posting);
    EXPECT_EQ(posting.buttons[2].role, ButtonRole::kOpenForm) << text;
    EXPECT_TRUE(posting.buttons[2].by_position) << text;
    EXPECT_EQ(posting.buttons[1].role, ButtonRole::kOther) << text;
    EXPECT_EQ(ClassifyPage(posting), PageKind::kPosting) << text;
  }
}

TEST(WayInByCodeTest, CodeThatAlsoNamesAnotherThingOrSeveralWaysChangeNothing) {
  for (const char* code : {"apply linkedin", "btn apply later", "apply filters", "save apply"}) {
    auto posting = Page("Vanemarendaja", {}, {CodedAs("Omba kazi", code)});
    OpenTheWayInItsCodeNames(posting);
    EXPECT_EQ(posting.buttons[0].role, ButtonRole::kOther) << code;
  }
  // The close button of an application dialog (data-close-apply, "apply-modal-close",
  // "btn-cancel-apply") names the dialog in its code: it leaves, never leads in.
  for (const char* code :
       {"close apply", "apply modal close", "btn cancel apply", "dismiss apply"}) {
    auto dialog = Page("Vanemarendaja", {}, {CodedAs("×", code)});
    OpenTheWayInItsCodeNames(dialog);
    EXPECT_EQ(dialog.buttons[0].role, ButtonRole::kOther) << code;
  }
  // A job list: every posting has its own apply link.
  auto list = Page(
      "Töökuulutused", {},
      {CodedAs("Omba kazi", "apply link", "/too/1"), CodedAs("Omba kazi", "apply link", "/too/2")});
  OpenTheWayInItsCodeNames(list);
  EXPECT_EQ(list.buttons[0].role, ButtonRole::kOther);
  // In menus, or with a form to fill on the page, or an action the words name.
  auto menu = Page("Töökuulutused", {}, {Link("Omba kazi", "/too", true)});
  menu.buttons[0].code_words = "apply";
  OpenTheWayInItsCodeNames(menu);
  EXPECT_EQ(menu.buttons[0].role, ButtonRole::kOther);
  auto form = Page("Avaldus", {Box(ControlKind::kText, "Eesnimi")},
                   {CodedAs("Omba kazi", "apply", "/too")});
  OpenTheWayInItsCodeNames(form);
  EXPECT_EQ(form.buttons[0].role, ButtonRole::kOther);
  auto worded =
      Page("Backend Engineer", {},
           {Described("Apply now", "", false, false, false), CodedAs("Omba kazi", "apply")});
  OpenTheWayInItsCodeNames(worded);
  EXPECT_EQ(worded.buttons[1].role, ButtonRole::kOther);
}

// A button in the posting's content styled as its main action, in words and code
// the engine does not read.
Button Emphasized(std::string text, std::string href = "", std::string code_words = "btn primary") {
  Button button = CodedAs(std::move(text), std::move(code_words), std::move(href));
  button.emphasized = true;
  return button;
}

PageSnapshot PostingAt(std::string url, std::vector<Button> buttons) {
  auto posting = Page("Backend-forritari. Kröfur: C++, Go. Umsóknarfrestur 15.01.2027.", {},
                      std::move(buttons));
  posting.url = std::move(url);
  return posting;
}

TEST(WayInByEmphasisTest, TheOneEmphasizedWayFurtherIntoThePostingIsTheWayIn) {
  // Greenlandic under the posting's own address; Amharic to an address carrying
  // the posting's number, drawn at the top and the foot; a script's button.
  for (auto [url, way_in] : {std::pair{"https://storf.example/starf/2026-017",
                                       Emphasized("Qinnuteqarit", "2026-017/umsokn")},
                             std::pair{"https://jobs.example.et/job/8123456",
                                       Emphasized("አሁን ያመልክቱ", "/mamelkecha/8123456")},
                             std::pair{"https://storf.example/is/vacancy/1479512/backend",
                                       Emphasized("Qinnuteqarit")}}) {
    auto posting =
        PostingAt(url, {Link("Störf", "/storf", true), CodedAs("Avitseqatigiikkit", "share button"),
                        way_in, Link("Fyrirtækið", "/fyrirtaeki/nordvik"), way_in});
    posting.buttons[1].emphasized = true;
    OpenTheWayInByEmphasis(posting);
    EXPECT_EQ(posting.buttons[2].role, ButtonRole::kOpenForm) << url;
    EXPECT_TRUE(posting.buttons[2].by_position) << url;
    EXPECT_EQ(posting.buttons[1].role, ButtonRole::kOther) << url;
    EXPECT_EQ(posting.buttons[3].role, ButtonRole::kOther) << url;
    EXPECT_EQ(ClassifyPage(posting), PageKind::kPosting) << url;
  }
}

TEST(WayInByEmphasisTest, NoPostingAddressOrAnotherPlaceOrSeveralWaysChangeNothing) {
  const char* url = "https://storf.example/starf/2026-017";
  std::vector<PageSnapshot> pages;
  // A script's button on a page whose address names no posting (a company's
  // page, a thank-you page).
  pages.push_back(PostingAt("https://storf.example/um-okkur", {Emphasized("Qinnuteqarit")}));
  pages.push_back(PostingAt("https://storf.example/starf/2026-017", {Emphasized("Qinnuteqarit")}));
  // Links that lead elsewhere: another part of the site, another site, a place on
  // this page, mail.
  for (const char* href : {"/fyrirtaeki/nordvik", "https://other.example/x", "#lysing",
                           "mailto:hr@storf.example", "/starf/2026-018"}) {
    pages.push_back(PostingAt(url, {Emphasized("Qinnuteqarit", href)}));
  }
  // Two different ways; one in the menus or the site's banner; one the code
  // names as something else; one not emphasized.
  pages.push_back(
      PostingAt(url, {Emphasized("Qinnuteqarit", "2026-017/umsokn"), Emphasized("Toqqorsiguk")}));
  auto menu = Emphasized("Qinnuteqarit", "2026-017/umsokn");
  menu.in_navigation = true;
  pages.push_back(PostingAt(url, {menu}));
  auto banner = Emphasized("Iserit");
  banner.in_site_chrome = true;
  pages.push_back(PostingAt(url, {banner}));
  pages.push_back(PostingAt(url, {Emphasized("Vakta", "", "btn primary job alert")}));
  pages.push_back(PostingAt(url, {CodedAs("Qinnuteqarit", "btn", "2026-017/umsokn")}));
  // A page with a form to fill, or an action the words name.
  auto form = PostingAt(url, {Emphasized("Nassiuguk")});
  form.fields.push_back(Box(ControlKind::kText, "Nafn"));
  pages.push_back(form);
  pages.push_back(PostingAt(
      url, {Described("Apply now", "", false, false, false), Emphasized("Qinnuteqarit")}));
  for (auto& page : pages) {
    OpenTheWayInByEmphasis(page);
    EXPECT_EQ(page.buttons.back().role, ButtonRole::kOther)
        << page.url << " " << page.buttons.back().text << " " << page.buttons.back().href;
    EXPECT_FALSE(page.buttons.back().by_position) << page.buttons.back().href;
  }
}

TEST(ClassifyPageTest, ConfirmationsOfOrdersMessagesAndSignUps) {
  for (const char* text :
       {"Your order is confirmed. A confirmation e-mail is on its way.",
        "Votre commande est confirmée", "Merci pour votre message.",
        "Заказ оформлен. Спасибо за заказ!", "Сообщение отправлено.",
        "ご注文ありがとうございます。", "送信が完了しました。", "会員登録が完了しました",
        "提交成功，我们会尽快联系您", "تم إرسال رسالتك بنجاح", "Dziękujemy za rejestrację.",
        "Wiadomość została wysłana.", "Siparişiniz alındı.", "Tack för din beställning!",
        "Vielen Dank für Ihre Nachricht."}) {
    EXPECT_EQ(ClassifyPage(Page(text, {}, {})), PageKind::kConfirmation) << text;
  }
}

TEST(ClassifyPageTest, ConfirmationsInManyLanguages) {
  for (const char* text :
       {"Thank you for applying!", "Vielen Dank für Ihre Bewerbung.",
        "Merci pour votre candidature.", "¡Gracias por postularte!",
        "Grazie per la tua candidatura.", "Bedankt voor je sollicitatie.",
        "Obrigado pela sua candidatura.", "Candidatura realizada!", "Inscrição concluída"}) {
    EXPECT_EQ(ClassifyPage(Page(text, {}, {})), PageKind::kConfirmation) << text;
  }
  for (const char* text : {"Dziękujemy za przesłanie aplikacji!", "Tak for din ansøgning",
                           "Vi har modtaget din ansøgning.", "Takk for søknaden din!"}) {
    EXPECT_EQ(ClassifyPage(Page(text, {}, {})), PageKind::kConfirmation) << text;
  }
  for (const char* text : {"Başvurunuz başarıyla alındı.", "BAŞVURUNUZ İÇİN TEŞEKKÜRLER",
                           "Cảm ơn bạn đã ứng tuyển!", "Ứng tuyển thành công"}) {
    EXPECT_EQ(ClassifyPage(Page(text, {}, {})), PageKind::kConfirmation) << text;
  }
  for (const char* text :
       {"Köszönjük jelentkezését!", "Jelentkezését sikeresen elküldte.",
        "Mulțumim pentru aplicare!", "Candidatura ta a fost trimisă cu succes.",
        "Дякуємо за відгук!", "Ваш відгук надіслано роботодавцю.",
        "Σας ευχαριστούμε για την αίτησή σας!", "Η αίτησή σας υποβλήθηκε με επιτυχία."}) {
    EXPECT_EQ(ClassifyPage(Page(text, {}, {})), PageKind::kConfirmation) << text;
  }
  // Spanish job portals (InfoJobs kind) say the candidate is now enrolled in the offer.
  for (const char* text : {"¡Te has inscrito en la oferta!",
                           "Te has inscrito correctamente en la oferta Ingeniero/a Backend",
                           "Inscripción realizada con éxito"}) {
    EXPECT_EQ(ClassifyPage(Page(text, {}, {})), PageKind::kConfirmation) << text;
  }
  // Chinese job sites say the résumé was "delivered" (投递) or the application succeeded.
  for (const char* text : {"投递成功", "您已成功投递「高级工程师」", "申请成功！", "投遞成功"}) {
    EXPECT_EQ(ClassifyPage(Page(text, {}, {})), PageKind::kConfirmation) << text;
  }
  // A form still on the page is not a confirmation, whatever its text says.
  EXPECT_EQ(ClassifyPage(Page("Thank you for applying", {Box(ControlKind::kText, "Name")}, {})),
            PageKind::kFormStep);
}

TEST(ClassifyPageTest, AFormWithErrorsIsStillAFormStep) {
  auto snapshot =
      Page("There is a problem. Enter your phone number.", {Box(ControlKind::kTel, "Phone number")},
           {Described("Submit", "submit", true, true)});
  snapshot.errors.push_back({"Enter your phone number", 0, "summary"});
  EXPECT_EQ(ClassifyPage(snapshot), PageKind::kFormStep);
}

}  // namespace
}  // namespace applier::perception
