// The JSON shapes the REST API shows stored things in (docs: notes/api_contract.md).
#pragma once

#include <boost/json/object.hpp>

#include "knowledge/document_library.h"
#include "knowledge/profile.h"
#include "store/served_application_table.h"

namespace applier::server {

boost::json::object ProfileJson(const knowledge::Profile& profile);
// An application as listed; GET /api/applications/{id} adds its draft and trail.
boost::json::object ApplicationSummary(const store::ServedApplication& application);
boost::json::object DocumentJson(const knowledge::DocumentInfo& document);

}  // namespace applier::server
