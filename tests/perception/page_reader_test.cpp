// What perception makes of buttons and pages, on descriptions and snapshots as
// real application pages present them, in the seven languages the engine reads.
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
        ButtonCase{"Save and continue", "submit", true, kNext},
        ButtonCase{"Continue", "button", true, kNext},
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
        ButtonCase{"Cancelar", "button", true, kOther}));

TEST(ClassifyButtonTest, BannerAnswersOnlyInsideABanner) {
  EXPECT_EQ(ClassifyButton("Alle akzeptieren", "button", false, true), ButtonRole::kDismissOverlay);
  EXPECT_EQ(ClassifyButton("Tout refuser", "button", false, true), ButtonRole::kDismissOverlay);
  EXPECT_EQ(ClassifyButton("OK", "button", false, true), ButtonRole::kDismissOverlay);
  EXPECT_EQ(ClassifyButton("OK", "button", true, false), ButtonRole::kOther);
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

TEST(PageWordsTest, MatchesWholeWordsOnly) {
  EXPECT_TRUE(Says(LowerText("Go back"), Wording::kBack));
  EXPECT_FALSE(Says(LowerText("Feedback"), Wording::kBack));
  EXPECT_FALSE(Says(LowerText("Nextcloud"), Wording::kNext));
  EXPECT_TRUE(Says(LowerText("Merci d\u2019avoir postulé"), Wording::kConfirmation));
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

TEST(ClassifyPageTest, APasswordWithSignInWordsIsASignInWall) {
  for (const char* text : {"Sign in to apply", "Melden Sie sich an: Anmelden",
                           "Iniciar sesión para continuar", "Créer un compte pour postuler"}) {
    auto snapshot = Page(text, {Box(ControlKind::kEmail, "E-mail")}, {});
    snapshot.has_password = true;
    EXPECT_EQ(ClassifyPage(snapshot), PageKind::kLoginWall) << text;
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
}

TEST(ClassifyPageTest, ClosedPostingsInManyLanguages) {
  for (const char* text : {"This job is no longer available.",
                           "Diese Stelle ist nicht mehr verfügbar.", "Cette offre a expiré.",
                           "Esta oferta ya no está disponible.", "Questa posizione è stata chiusa.",
                           "Deze vacature is gesloten.", "Esta vaga foi preenchida."}) {
    EXPECT_EQ(ClassifyPage(Page(text, {}, {})), PageKind::kError) << text;
  }
}

TEST(ClassifyPageTest, ConfirmationsInManyLanguages) {
  for (const char* text : {"Thank you for applying!", "Vielen Dank für Ihre Bewerbung.",
                           "Merci pour votre candidature.", "¡Gracias por postularte!",
                           "Grazie per la tua candidatura.", "Bedankt voor je sollicitatie.",
                           "Obrigado pela sua candidatura."}) {
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
