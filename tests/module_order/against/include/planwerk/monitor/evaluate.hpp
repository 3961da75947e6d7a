// A later module of the fixture tree.
#pragma once
