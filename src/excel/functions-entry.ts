// The custom-functions chunk as the add-in loads it (webpack entry "functions"): the wrappers of
// src/functions/functions.ts, given the workbook's 投诉政策 sheet as their policy. The functions
// layer never imports src/excel; this entry is where the two meet.
import { setPolicyProvider } from '../functions/functions';
import { workbookPolicy } from './policy-source';

setPolicyProvider(workbookPolicy());
