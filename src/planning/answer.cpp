#include "planning/answer.h"

namespace applier::planning {

const char* ToString(AnswerSource source) {
  switch (source) {
    case AnswerSource::kProfile: return "profile";
    case AnswerSource::kSavedAnswer: return "saved_answer";
    case AnswerSource::kDocument: return "document";
    case AnswerSource::kLlm: return "llm";
    case AnswerSource::kHuman: return "human";
    case AnswerSource::kDefault: return "default";
  }
  return "default";
}

}  // namespace applier::planning
