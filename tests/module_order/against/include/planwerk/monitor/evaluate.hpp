// SPDX-License-Identifier: Apache-2.0
// A later module of the fixture tree.
#pragma once
