// SPDX-License-Identifier: Apache-2.0
// A graph header that includes a later module: the check refuses it.
#pragma once
#include "planwerk/monitor/evaluate.hpp"
